package fi.livskraft.steering;

import static org.assertj.core.api.Assertions.assertThat;

import fi.livskraft.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The computed indicators read the evidence tables (written by other modules); here the tests write
 * the rows themselves, for a provider of their own (the demonstration providers have evidence), and remove them afterwards.
 */
@IntegrationTest
class IndicatorTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IndicatorCatalogue catalogue;

    long provider;
    long oldSource;
    long source;

    @BeforeEach
    void sources() {
        // a provider of its own: the demonstration data gives the registry's providers evidence
        provider = jdbc.sql("""
                        insert into provider (slug, name_fi, name_sv, name_en, legal_form, home_municipality_code)
                        values ('steering-indicator-test', 'Testi', 'Test', 'Test', 'LIMITED_COMPANY', '853')
                        returning id
                        """).query(Long.class).single();
        jdbc.sql("insert into provider_qualification (provider_id, qualification_code) values (?, '371101')")
                .param(provider)
                .update();
        jdbc.sql("insert into provider_area (provider_id, municipality_code) values (?, '853')")
                .param(provider)
                .update();
        oldSource = source("old");
        source = source("new");
    }

    @AfterEach
    void removeRows() {
        jdbc.sql("delete from evidence_source where dataset = 'steering-test'").update();
        jdbc.sql("delete from qualification_occupation where source = 'steering-test'")
                .update();
        jdbc.sql("delete from provider where slug = 'steering-indicator-test'").update();
    }

    long source(String vintage) {
        return jdbc.sql("""
                        insert into evidence_source (publisher, dataset, vintage, licence, format, file_name, imported_by)
                        values ('test', 'steering-test', ?, 'CC BY 4.0', 'test', 'test.csv', 'test') returning id
                        """).param(vintage).query(Long.class).single();
    }

    List<Indicator.Point> series(String code) {
        return catalogue.find(code).orElseThrow().series(provider);
    }

    void outcome(long source, String qualification, int graduates, int employed) {
        jdbc.sql("""
                        insert into graduate_outcome (source_id, provider_code, provider_id, qualification_code,
                            cohort_year, graduates, employed)
                        values (?, '9990006-7', ?, ?, 2023, ?, ?)
                        """)
                .params(source, provider, qualification, graduates, employed)
                .update();
    }

    void supply(int year, String language, Integer startPlaces, Integer newStudents, Integer graduates) {
        jdbc.sql("""
                        insert into education_supply (source_id, provider_code, provider_id, provider_name,
                            qualification_code, year, language, start_places, new_students, graduates)
                        values (?, '9990006-7', ?, 'Axxell', '371101', ?, ?, ?, ?, ?)
                        """)
                .params(source, provider, year, language, startPlaces, newStudents, graduates)
                .update();
    }

    @Test
    void saysNoDataYetWhenTheEvidenceIsEmpty() {
        // no licence area: the shipped regional 12ti figures do not reach this provider
        jdbc.sql("delete from provider_area where provider_id = ?")
                .param(provider)
                .update();
        assertThat(series("EMPLOYMENT_RATE")).isEmpty();
        assertThat(series("COMPLETION")).isEmpty();
        assertThat(series("SWEDISH_START_PLACES")).isEmpty();
        assertThat(series("TIGHTNESS")).isEmpty();
        assertThat(catalogue.find("WORKFORCE_NEEDS_COVERAGE").orElseThrow().kind())
                .isEqualTo(Indicator.Kind.NOT_AVAILABLE);
        assertThat(catalogue.find("STUDENT_FEEDBACK").orElseThrow().kind()).isEqualTo(Indicator.Kind.REPORTED);
    }

    @Test
    void employmentRateSumsTheNewestSourceOfACohort() {
        outcome(oldSource, "371101", 10, 1);
        outcome(source, "371101", 40, 30);
        outcome(source, "381142", 60, 45);
        assertThat(series("EMPLOYMENT_RATE"))
                .containsExactly(new Indicator.Point(2023, new java.math.BigDecimal("75.0"), "75 / 100"));
    }

    @Test
    void completionAndSwedishShareComeFromTheSupply() {
        supply(2021, "sv", 90, 100, null);
        supply(2024, "sv", 30, 20, 62);
        supply(2024, "fi", 10, 5, null);
        assertThat(series("COMPLETION"))
                .containsExactly(new Indicator.Point(2024, new java.math.BigDecimal("62.0"), "62 / 100"));
        assertThat(series("SWEDISH_START_PLACES"))
                .containsExactly(
                        new Indicator.Point(2021, new java.math.BigDecimal("100.0"), "90 / 90"),
                        new Indicator.Point(2024, new java.math.BigDecimal("75.0"), "30 / 40"));
    }

    @Test
    void tightnessIsVacanciesPerUnemployedInTheOccupationsAndArea() {
        jdbc.sql("""
                        insert into qualification_occupation (qualification_code, isco_code, weight, source, confidence,
                            changed_by)
                        values ('371101', (select min(code) from isco_group where level = 4), 0.5, 'steering-test',
                            'LOW', 'test')
                        """).update();
        String isco = jdbc.sql("select isco_code from qualification_occupation where source = 'steering-test'")
                .query(String.class)
                .single();
        for (String[] row : new String[][] {
            {"2024M01", "OPEN_VACANCIES", "30"},
            {"2024M01", "UNEMPLOYED_JOBSEEKERS", "60"},
            {"2024M02", "OPEN_VACANCIES", "10"},
            {"2024M02", "UNEMPLOYED_JOBSEEKERS", "20"}
        }) {
            jdbc.sql("""
                            insert into labour_market_fact (source_id, area_code, occupation_code, period, measure, value)
                            values (?, 'MK02', ?, ?, ?, ?)
                            """)
                    .params(source, isco, row[0], row[1], new java.math.BigDecimal(row[2]))
                    .update();
        }
        // Turku (853) is in Varsinais-Suomi (MK02); the shipped 12ti has 2023 for the region as well
        assertThat(series("TIGHTNESS"))
                .contains(new Indicator.Point(2024, new java.math.BigDecimal("0.50"), "40 / 80"));
    }
}
