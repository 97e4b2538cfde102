package fi.livskraft.area;

import fi.livskraft.common.ReferenceData;
import fi.livskraft.common.StartupTask;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seeds the populations on 31 December 2000-2022 of every municipality of 2025 ({@code
 * referencedata/populations.csv}) after the municipalities, once: a figure already there (a
 * coordinator's correction or an import) is never overwritten.
 */
@Component
class ShippedPopulations implements StartupTask {

    static final String FILE = "populations.csv";
    static final String SOURCE = "Statistics Finland, population on 31 December (THL Sotkanet indicator 127),"
            + " CC BY 4.0; 2025 municipal division (588 Pertunmaa counted in 507 Mäntyharju)";

    private final JdbcClient jdbc;

    ShippedPopulations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int getOrder() {
        return REFERENCE_DATA + 50;
    }

    @Override
    @Transactional
    public void run() {
        boolean seeded = jdbc.sql("select count(*) from municipality_population where source = ?")
                        .param(SOURCE)
                        .query(Long.class)
                        .single()
                > 0;
        if (seeded) {
            return;
        }
        List<Object[]> rows =
                ReferenceData.read(FILE, List.of("municipality_code", "year", "population"), r -> new Object[] {
                    r.get("municipality_code"), Integer.valueOf(r.get("year")), Integer.valueOf(r.get("population"))
                });
        String[] codes = rows.stream().map(r -> (String) r[0]).toArray(String[]::new);
        Integer[] years = rows.stream().map(r -> (Integer) r[1]).toArray(Integer[]::new);
        Integer[] populations = rows.stream().map(r -> (Integer) r[2]).toArray(Integer[]::new);
        jdbc.sql("""
                        insert into municipality_population (municipality_code, year, population, source)
                        select f.code, f.year, f.population, ?
                        from unnest(?::varchar[], ?::int[], ?::int[]) as f (code, year, population)
                        where exists (select 1 from municipality m where m.code = f.code)
                        on conflict (municipality_code, year) do nothing
                        """).params(SOURCE, codes, years, populations).update();
    }
}
