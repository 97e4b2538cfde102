package fi.livskraft.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import fi.livskraft.IntegrationTest;
import fi.livskraft.dialogue.classifier.Suggestion;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The classifier rebuilds off the request path: a classification keeps using the index it has,
 * and the scheduled check rebuilds it when the ESCO tables changed. A classifier of its own, so
 * that the application's scheduler does not race the test.
 */
@IntegrationTest
class ClassifierRefreshTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ClassifierRefresh refresh;

    List<String> uris(OccupationClassifier classifier, String text) {
        return classifier.classify(text, "sv").suggestions().stream()
                .map(Suggestion::escoUri)
                .toList();
    }

    @Test
    void aClassificationKeepsTheCurrentIndexAndTheCheckRebuildsWhenTheTablesChanged() {
        OccupationClassifier classifier = new OccupationClassifier(jdbc);
        classifier.rebuild();
        assertThat(classifier.refreshIfChanged()).isFalse();
        String uri = "http://example.invalid/esco/test-refresh-qqxplåtslagare";
        jdbc.sql("insert into esco_occupation (uri, code, isco_code, name_fi, name_sv, name_en)"
                        + " values (?, '7213.99', '7213', 'qqxpeltiseppä', 'qqxplåtslagare', 'qqxsheeter')")
                .param(uri)
                .update();
        try {
            // no rebuild inside the request: the new label is not known yet
            assertThat(uris(classifier, "qqxplåtslagare")).doesNotContain(uri);
            assertThat(classifier.refreshIfChanged()).isTrue();
            assertThat(uris(classifier, "qqxplåtslagare")).first().isEqualTo(uri);
            assertThat(classifier.refreshIfChanged()).isFalse();
        } finally {
            jdbc.sql("delete from esco_occupation where uri = ?").param(uri).update();
        }
        assertThat(classifier.refreshIfChanged()).isTrue();
        assertThat(uris(classifier, "qqxplåtslagare")).doesNotContain(uri);
        // the scheduled check of the application's classifier runs without failing
        refresh.onSchedule();
    }
}
