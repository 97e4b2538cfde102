package fi.livskraft.dialogue.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Accuracy floors on the held-out ESCO evaluation (20 %, seed 42), a little under what was
 * measured (see README: fi/sv/en top-5 at 4 digits 67/60/65 %, top-1 at 1 digit 69/59/63 %), so a
 * change that makes the classifier worse fails the build. Not timed: speed is in the bench report.
 */
class ClassifierAccuracyTests {

    @Test
    void heldOutEscoLabelsMeetTheAccuracyFloors() throws Exception {
        Assumptions.assumeTrue(
                Files.isRegularFile(ClassifierEvaluation.ESCO_FILE),
                "the shared ESCO file is not beside the project (../shared/data); skipping the evaluation");
        ClassifierEvaluation.Report report = ClassifierEvaluation.run(ClassifierEvaluation.ESCO_FILE, 0.2, 42);
        for (ClassifierEvaluation.LanguageResult r : report.languages()) {
            assertThat(r.queries()).as(r.language()).isGreaterThan(500);
            assertThat(r.rate(r.top1())).as(r.language() + " top-1, 4 digits").isGreaterThan(0.30);
            assertThat(r.rate(r.top5())).as(r.language() + " top-5, 4 digits").isGreaterThan(0.55);
            assertThat(r.rate(r.top1Major()))
                    .as(r.language() + " top-1, 1 digit")
                    .isGreaterThan(0.52);
            assertThat(r.rate(r.top5Major()))
                    .as(r.language() + " top-5, 1 digit")
                    .isGreaterThan(0.85);
            assertThat(r.rate(r.detectedRight()))
                    .as(r.language() + " language detected")
                    .isGreaterThan(0.85);
        }
    }
}
