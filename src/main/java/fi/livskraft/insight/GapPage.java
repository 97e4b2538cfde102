package fi.livskraft.insight;

import fi.livskraft.common.Folding;
import fi.livskraft.common.Names;
import java.util.List;
import java.util.Map;

/**
 * One page of the gap's rows after the page's filters: an ISCO-08 major group (the code's first
 * digit) and a text found in the occupation's code or its name in any language, with or without
 * diacritics. The rows keep the ranks of the whole area.
 */
record GapPage(List<GapRow> rows, int matching, int page, int pages) {

    static final int SIZE = 50;

    static GapPage of(List<GapRow> all, String majorGroup, String text, Map<String, Names> names, int page) {
        String group = majorGroup == null ? "" : majorGroup.strip();
        String needle = text == null ? "" : Folding.fold(text.strip());
        List<GapRow> matching = all.stream()
                .filter(r -> group.isEmpty() || r.iscoCode().startsWith(group))
                .filter(r -> needle.isEmpty() || matches(r.iscoCode(), names.get(r.iscoCode()), needle))
                .toList();
        int pages = Math.max(1, (matching.size() + SIZE - 1) / SIZE);
        int current = Math.min(Math.max(1, page), pages);
        int from = (current - 1) * SIZE;
        return new GapPage(
                matching.subList(from, Math.min(matching.size(), from + SIZE)), matching.size(), current, pages);
    }

    private static boolean matches(String code, Names name, String needle) {
        if (code.startsWith(needle)) {
            return true;
        }
        return name != null
                && (Folding.fold(name.fi()).contains(needle)
                        || Folding.fold(name.sv()).contains(needle)
                        || Folding.fold(name.en()).contains(needle));
    }

    /** The number of the first row shown, counted from 1 (0 when none match). */
    public int first() {
        return matching == 0 ? 0 : (page - 1) * SIZE + 1;
    }

    public int last() {
        return (page - 1) * SIZE + rows.size();
    }
}
