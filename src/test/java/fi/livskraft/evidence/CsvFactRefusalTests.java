package fi.livskraft.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.livskraft.IntegrationTest;
import fi.livskraft.common.ImportFailedException;
import fi.livskraft.common.ImportProblem;
import fi.livskraft.common.ImportProgress;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/** Rows the database would refuse are named by their line in the file (found by the fuzz test). */
@IntegrationTest
@Transactional
@WithMockUser(roles = "COORDINATOR")
class CsvFactRefusalTests {

    @Autowired
    CsvFactImporter importer;

    ImportProblem refusal(String csv) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> importer.importFile(
                "refused.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), ImportProgress.NONE));
        assertThat(thrown).isInstanceOf(ImportFailedException.class);
        return ((ImportFailedException) thrown).problems().get(0);
    }

    static String meta() {
        return """
                # publisher: Refusal test
                # dataset: refusal-%s
                # vintage: 2024-05
                # licence: CC BY 4.0
                """.formatted(UUID.randomUUID());
    }

    @Test
    void namesTheLineOfALabourFactGivenTwice() {
        ImportProblem p = refusal(meta() + """
                area,occupation,period,measure,value
                MK15,5321,2024M01,UNEMPLOYED_JOBSEEKERS,412
                MK15,5321,2024M01,OPEN_VACANCIES,30

                MK15,5321,2024M01,UNEMPLOYED_JOBSEEKERS,413
                """);
        assertThat(p.row()).isEqualTo(9);
        assertThat(p.field()).isEqualTo("measure");
        assertThat(p.messageKey()).isEqualTo("evidence.csv.duplicate-fact");
    }

    @Test
    void namesTheLineOfAGeneralFactGivenTwice() {
        ImportProblem p = refusal(meta() + """
                area,period,measure,value
                KU499,2024,POPULATION,19876
                KU499,2024,POPULATION,19877
                """);
        assertThat(p.row()).isEqualTo(7);
        assertThat(p.field()).isEqualTo("measure");
    }

    @Test
    void namesAColumnWithoutANameByItsPosition() {
        assertThatThrownBy(() -> importer.importFile(
                        "blank.csv",
                        new ByteArrayInputStream(
                                (meta() + "area,,period,measure,value\n").getBytes(StandardCharsets.UTF_8)),
                        ImportProgress.NONE))
                .isInstanceOfSatisfying(
                        ImportFailedException.class,
                        e -> assertThat(e.problems())
                                .anySatisfy(p -> assertThat(p.field()).isEqualTo("column 2")));
    }
}
