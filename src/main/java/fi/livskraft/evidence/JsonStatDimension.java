package fi.livskraft.evidence;

import java.util.List;
import java.util.Map;

/** One dimension of a JSON-stat dataset: its categories in index order, with labels and units. */
record JsonStatDimension(
        String id, String label, List<String> codes, Map<String, String> labels, Map<String, Unit> units) {

    /** A category's unit (JSON-stat {@code category.unit}). */
    record Unit(String label, Integer decimals) {}

    JsonStatDimension {
        codes = List.copyOf(codes);
        labels = Map.copyOf(labels);
        units = Map.copyOf(units);
    }

    int size() {
        return codes.size();
    }

    String labelOf(String code) {
        return labels.getOrDefault(code, "");
    }
}
