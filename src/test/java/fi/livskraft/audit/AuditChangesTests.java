package fi.livskraft.audit;

import static org.assertj.core.api.Assertions.assertThat;

import fi.livskraft.audit.AuditChanges.Change;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class AuditChangesTests {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aChangeListsOnlyTheFieldsThatChanged() {
        assertThat(AuditChanges.between(
                        "{\"status\":\"OPEN\",\"headCount\":4,\"version\":0,\"owner\":{\"name\":\"Anna\"}}",
                        "{\"status\":\"DONE\",\"headCount\":4,\"version\":1,\"owner\":{\"name\":\"Erik\"}}",
                        json))
                .containsExactly(
                        new Change("status", "OPEN", "DONE"),
                        new Change("version", "0", "1"),
                        new Change("owner.name", "Anna", "Erik"));
    }

    @Test
    void aCreatedRecordListsItsFieldsAndARemovedOneHasNoNewValues() {
        assertThat(AuditChanges.between(null, "{\"title\":\"Kaffe\",\"codes\":[\"499\",\"905\"],\"note\":null}", json))
                .containsExactly(new Change("title", null, "Kaffe"), new Change("codes", null, "499, 905"));
        assertThat(AuditChanges.between("{\"title\":\"Kaffe\"}", null, json))
                .containsExactly(new Change("title", "Kaffe", null));
        assertThat(AuditChanges.between("{\"a\":1}", "{\"a\":1}", json)).isEmpty();
    }

    @Test
    void aLongValueIsShortenedAndAScalarDocumentIsOneValue() {
        String longText = "x".repeat(400);
        Change c = AuditChanges.between(null, "{\"text\":\"" + longText + "\"}", json)
                .get(0);
        assertThat(c.after()).hasSize(160).endsWith("…");
        assertThat(AuditChanges.between("3", "4", json)).containsExactly(new Change("value", "3", "4"));
    }
}
