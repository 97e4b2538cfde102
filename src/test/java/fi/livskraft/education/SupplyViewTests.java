package fi.livskraft.education;

import static org.assertj.core.api.Assertions.assertThat;

import fi.livskraft.evidence.Source;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SupplyViewTests {

    private static Source source(long id) {
        return new Source(id, "P", "D", "V", "L", "", "education-csv", "f.csv", null, Instant.EPOCH, "x", false, 0, 0);
    }

    @Test
    void thePageShowsAtMostTheLimitAcrossTablesAndCountsEveryRow() {
        List<SupplyView.Table<Integer>> tables = List.of(
                new SupplyView.Table<>(source(1), List.of(1, 2, 3)),
                new SupplyView.Table<>(source(2), List.of(4, 5, 6)),
                new SupplyView.Table<>(source(3), List.of(7)));
        List<SupplyView.Table<Integer>> limited = SupplyView.limit(tables, 4);
        assertThat(limited).hasSize(2);
        assertThat(limited.get(1).rows()).containsExactly(4);
        assertThat(SupplyView.rows(tables)).isEqualTo(7);
        assertThat(SupplyView.limit(tables, 10)).isEqualTo(tables);
    }
}
