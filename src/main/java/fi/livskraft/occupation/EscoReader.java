package fi.livskraft.occupation;

import fi.livskraft.common.ImportProblem;
import fi.livskraft.common.JsonArrayFile;
import fi.livskraft.common.Names;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Reads the items of an ESCO occupations JSON array ({@code {uri, notation, prefLabel{fi,sv,en},
 * broader[], altLabels?, hiddenLabels?}}) one at a time. ISCO-08 groups in the same array (uri
 * {@code .../isco/Cnnnn}) are skipped: the groups themselves are the classification module's. An
 * occupation is placed under the ISCO-08 unit group that its {@code broader} names, or under the
 * group of the broader ESCO occupation it specialises (which comes earlier in ESCO's files), or
 * else under the first four digits of its notation. Alternative labels are read from
 * {@code altLabels}, {@code alternativeLabel} or {@code alternativeLabels}, hidden labels from
 * {@code hiddenLabels} or {@code hiddenLabel}: each an object {@code {lang: [labels]}} (a single
 * string is accepted too); languages other than fi, sv and en are ignored.
 */
final class EscoReader {

    static final List<String> LANGUAGES = List.of("fi", "sv", "en");
    static final List<String> ALTERNATIVE_KEYS = List.of("altLabels", "alternativeLabel", "alternativeLabels");
    static final List<String> HIDDEN_KEYS = List.of("hiddenLabels", "hiddenLabel");

    private static final Pattern ISCO_URI = Pattern.compile("/isco/C(\\d{1,4})$");
    private static final Pattern NOTATION = Pattern.compile("(\\d{4})(\\.\\d+)+");

    private final String file;
    private final Set<String> unitGroups;
    private final Map<String, String> placed = new HashMap<>();
    private final List<ImportProblem> problems = new ArrayList<>();
    private final Set<String> unknownGroups = new LinkedHashSet<>();
    private int iscoItems;

    /**
     * @param unitGroups the ISCO-08 unit groups (level 4) known to the database
     */
    EscoReader(String file, Set<String> unitGroups) {
        this.file = file;
        this.unitGroups = Set.copyOf(unitGroups);
    }

    /** The occupation of an item, or empty for an ISCO group or an item with problems. */
    Optional<EscoEntry> read(int row, JsonNode item) {
        String uri = JsonArrayFile.text(item, "uri");
        if (uri == null || uri.isEmpty()) {
            problem(row, "uri", "import.error.required");
            return Optional.empty();
        }
        if (ISCO_URI.matcher(uri).find()) {
            iscoItems++;
            return Optional.empty();
        }
        int before = problems.size();
        if (placed.containsKey(uri)) {
            problem(row, "uri", "import.error.duplicate", uri);
        }
        String notation = JsonArrayFile.text(item, "notation");
        Matcher code = notation == null ? null : NOTATION.matcher(notation);
        if (notation == null || notation.isEmpty()) {
            problem(row, "notation", "import.error.required");
        } else if (!code.matches()) {
            problem(row, "notation", "import.error.bad-code", notation);
        }
        Names names = preferred(row, item);
        String isco = placement(row, item, code != null && code.matches() ? code.group(1) : null);
        if (problems.size() > before || names == null || isco == null) {
            return Optional.empty();
        }
        placed.put(uri, isco);
        List<EscoLabel> labels = new ArrayList<>();
        labels.add(new EscoLabel(uri, "fi", LabelKind.PREFERRED, names.fi()));
        labels.add(new EscoLabel(uri, "sv", LabelKind.PREFERRED, names.sv()));
        labels.add(new EscoLabel(uri, "en", LabelKind.PREFERRED, names.en()));
        labels(row, item, uri, ALTERNATIVE_KEYS, LabelKind.ALTERNATIVE, labels);
        labels(row, item, uri, HIDDEN_KEYS, LabelKind.HIDDEN, labels);
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new EscoEntry(new EscoOccupation(uri, notation, isco, names), distinct(labels)));
    }

    List<ImportProblem> problems() {
        return problems;
    }

    /** The ISCO-08 codes named by occupations that are not unit groups in the database. */
    Set<String> unknownGroups() {
        return unknownGroups;
    }

    int occupations() {
        return placed.size();
    }

    int iscoItems() {
        return iscoItems;
    }

    private Names preferred(int row, JsonNode item) {
        JsonNode pref = item.get("prefLabel");
        if (pref == null || !pref.isObject()) {
            problem(row, "prefLabel", "import.error.required");
            return null;
        }
        Map<String, String> byLanguage = new HashMap<>();
        for (String lang : LANGUAGES) {
            String label = JsonArrayFile.text(pref, lang);
            if (label == null || label.isEmpty()) {
                problem(row, "prefLabel." + lang, "import.error.required");
            } else {
                byLanguage.put(lang, label);
            }
        }
        return byLanguage.size() == LANGUAGES.size()
                ? new Names(byLanguage.get("fi"), byLanguage.get("sv"), byLanguage.get("en"))
                : null;
    }

    private String placement(int row, JsonNode item, String notationGroup) {
        String fromBroader = null;
        JsonNode broader = item.get("broader");
        if (broader != null && !broader.isNull()) {
            if (!broader.isArray()) {
                problem(row, "broader", "import.error.wrong-shape", "[ ... ]");
                return null;
            }
            for (JsonNode parent : broader) {
                String parentUri = parent.isString() ? parent.stringValue().strip() : "";
                Matcher isco = ISCO_URI.matcher(parentUri);
                String group = isco.find() ? isco.group(1) : placed.get(parentUri);
                if (group != null && group.length() == 4) {
                    fromBroader = group;
                    break;
                }
            }
        }
        if (fromBroader != null && notationGroup != null && !fromBroader.equals(notationGroup)) {
            problem(row, "broader", "occupation.import.error.placement", fromBroader, notationGroup);
            return null;
        }
        String group = fromBroader != null ? fromBroader : notationGroup;
        if (group == null) {
            problem(row, "broader", "occupation.import.error.no-group");
            return null;
        }
        if (!unitGroups.contains(group)) {
            unknownGroups.add(group);
            problem(row, fromBroader != null ? "broader" : "notation", "occupation.import.error.unknown-group", group);
            return null;
        }
        return group;
    }

    private void labels(int row, JsonNode item, String uri, List<String> keys, LabelKind kind, List<EscoLabel> into) {
        for (String key : keys) {
            JsonNode node = item.get(key);
            if (node == null || node.isNull()) {
                continue;
            }
            if (!node.isObject()) {
                problem(row, key, "import.error.wrong-shape", "{ \"fi\": [ ... ] }");
                continue;
            }
            for (String lang : LANGUAGES) {
                JsonNode values = node.get(lang);
                if (values == null || values.isNull()) {
                    continue;
                }
                if (values.isString()) {
                    add(row, key + "." + lang, uri, lang, kind, values.stringValue(), into);
                } else if (values.isArray()) {
                    int i = 0;
                    for (JsonNode value : values) {
                        String field = key + "." + lang + "[" + i++ + "]";
                        if (value.isString()) {
                            add(row, field, uri, lang, kind, value.stringValue(), into);
                        } else {
                            problem(row, field, "import.error.bad-value", value.toString());
                        }
                    }
                } else {
                    problem(row, key + "." + lang, "import.error.wrong-shape", "[ ... ]");
                }
            }
        }
    }

    private void add(
            int row, String field, String uri, String lang, LabelKind kind, String text, List<EscoLabel> into) {
        String label = text.strip();
        if (label.isEmpty()) {
            problem(row, field, "import.error.required");
        } else {
            into.add(new EscoLabel(uri, lang, kind, label));
        }
    }

    private static List<EscoLabel> distinct(List<EscoLabel> labels) {
        return new ArrayList<>(new LinkedHashSet<>(labels));
    }

    private void problem(int row, String field, String key, Object... arguments) {
        problems.add(ImportProblem.of(file, row, field, key, arguments));
    }
}
