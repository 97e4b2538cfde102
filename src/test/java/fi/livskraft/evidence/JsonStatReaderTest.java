package fi.livskraft.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import fi.livskraft.common.ImportProgress;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonStatReaderTest {

    static JsonStatReader read(String json) {
        JsonStatReader reader = new JsonStatReader("t.json", ImportProgress.NONE);
        reader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        return reader;
    }

    @Test
    void readsAStatusArrayAndValuesInAnyKeyOrder() {
        try (JsonStatReader reader = read("""
                {"status": [null, "..", "p"], "value": [1.5, null, 3],
                 "id": ["k"], "size": [3], "version": "2.0", "class": "dataset",
                 "dimension": {"k": {"label": "K", "category": {"index": {"b": 1, "a": 0, "c": 2},
                   "unit": {"a": {"label": "persons", "decimals": 0}}}}},
                 "role": {"metric": ["k"]}, "extension": {"px": {"tableid": "statfin_x_pxt_1"}}}
                """)) {
            assertThat(reader.problems()).isEmpty();
            JsonStatDocument doc = reader.document();
            assertThat(doc.dimension(0).codes()).containsExactly("a", "b", "c");
            assertThat(doc.dimension(0).units().get("a").label()).isEqualTo("persons");
            assertThat(doc.roles()).containsEntry("k", "metric");
            assertThat(doc.tableId()).isEqualTo("statfin_x_pxt_1");
            List<String> cells = new ArrayList<>();
            reader.cells()
                    .forEach((i, missing, v) -> cells.add(i + ":" + (missing ? "null" : v) + ":" + reader.status(i)));
            assertThat(cells).containsExactly("0:1.5:null", "1:null:..", "2:3.0:p");
        }
    }

    @Test
    void aSingleCategoryMayLeaveOutItsIndex() {
        try (JsonStatReader reader = read("""
                {"version": "2.0", "class": "dataset", "id": ["k"], "size": [1],
                 "dimension": {"k": {"category": {"label": {"only": "Only"}}}}, "value": [4], "status": "e"}
                """)) {
            assertThat(reader.problems()).isEmpty();
            assertThat(reader.status(0)).isEqualTo("e");
        }
    }

    @Test
    void namesTheLineOfASyntaxError() {
        try (JsonStatReader reader = read("{\"version\": \"2.0\",\n\"class\": \"dataset\",\n\"value\": [1,, 2]}")) {
            assertThat(reader.problems()).hasSize(1);
            assertThat(reader.problems().get(0).messageKey()).isEqualTo("evidence.jsonstat.syntax");
            assertThat(reader.problems().get(0).row()).isEqualTo(3);
        }
    }
}
