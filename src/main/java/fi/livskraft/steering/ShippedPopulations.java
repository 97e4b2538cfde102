package fi.livskraft.steering;

import fi.livskraft.common.StartupTask;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Populations on 31 Dec 2024 of the owner municipalities of the demonstration joint authorities
 * (Yrkesakademin, Vamia, Optima, Sedu), seeded once after the municipalities and never over a
 * coordinator's figure. They are Statistics Finland's figures as best known when written, but could
 * not be checked against StatFin (table 11ra) here: every source says "verify" until the coordinator
 * confirms or corrects it.
 */
@Component
class ShippedPopulations implements StartupTask {

    static final int YEAR = 2024;
    static final String SOURCE =
            "Statistics Finland, population 31 Dec 2024 (StatFin 11ra) - verify: not yet checked against StatFin";

    static final Map<String, Integer> FIGURES = Map.ofEntries(
            Map.entry("905", 70282),
            Map.entry("499", 19752),
            Map.entry("545", 9590),
            Map.entry("475", 5540),
            Map.entry("946", 6490),
            Map.entry("287", 6250),
            Map.entry("280", 2160),
            Map.entry("399", 8010),
            Map.entry("152", 4530),
            Map.entry("598", 19330),
            Map.entry("599", 11300),
            Map.entry("893", 7430),
            Map.entry("440", 5250),
            Map.entry("288", 6380),
            Map.entry("272", 48100),
            Map.entry("743", 66200),
            Map.entry("408", 14100),
            Map.entry("301", 19900),
            Map.entry("145", 12200),
            Map.entry("233", 14900),
            Map.entry("010", 11100),
            Map.entry("300", 3420));

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
        FIGURES.forEach((code, population) ->
                jdbc.sql("""
                        insert into municipality_population (municipality_code, year, population, source)
                        select ?, ?, ?, ? where exists (select 1 from municipality where code = ?)
                        on conflict (municipality_code, year) do nothing
                        """).params(code, YEAR, population, SOURCE, code).update());
    }
}
