package fi.livskraft.area;

import fi.livskraft.common.ImportProblem;
import fi.livskraft.common.JsonArrayFile;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and checks the Koodistopalvelu code-list JSON for {@code kunta}: an array of
 * {@code {koodiArvo, koodiUri, versio, metadata[{nimi, kieli}], includesCodeElements[{codeElementUri,
 * passive}]}}. Only active ({@code passive=false}) {@code maakunta_NN} and {@code kielisuhde_N}
 * relations are read; sub-regions are not (the code list is out of date for some municipalities).
 * Pure: no database.
 */
final class KoodistoFile {

    /** What was read: valid entries and every problem found, each with file, row and field. */
    record Content(List<KoodistoEntry> entries, List<ImportProblem> problems) {}

    private KoodistoFile() {}

    static Content read(String file, InputStream content, JsonMapper json) {
        List<KoodistoEntry> entries = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        problems.addAll(JsonArrayFile.read(file, content, json, (row, item) -> {
            int before = problems.size();
            String code = JsonArrayFile.text(item, "koodiArvo");
            if (code == null || code.isEmpty()) {
                problems.add(ImportProblem.of(file, row, "koodiArvo", "import.error.required"));
            } else if (!code.matches("\\d{3}")) {
                problems.add(ImportProblem.of(file, row, "koodiArvo", "import.error.bad-code", code));
            } else if (!seen.add(code)) {
                problems.add(ImportProblem.of(file, row, "koodiArvo", "import.error.duplicate", code));
            }
            String nameFi = name(item, "FI");
            String nameSv = name(item, "SV");
            if (nameFi == null) {
                problems.add(ImportProblem.of(file, row, "metadata", "area.import.name-missing"));
            }
            Set<String> regions = related(item, "maakunta_");
            Set<String> languages = related(item, "kielisuhde_");
            if (regions.size() > 1) {
                problems.add(ImportProblem.of(
                        file, row, "includesCodeElements", "area.import.several-relations", "maakunta", regions));
            } else if (regions.size() == 1 && !regions.iterator().next().matches("\\d{2}")) {
                problems.add(ImportProblem.of(
                        file, row, "includesCodeElements", "import.error.bad-code", "maakunta_" + regions));
            }
            if (languages.size() > 1) {
                problems.add(ImportProblem.of(
                        file, row, "includesCodeElements", "area.import.several-relations", "kielisuhde", languages));
            }
            if (problems.size() == before) {
                String region = regions.isEmpty() ? null : regions.iterator().next();
                String kielisuhde =
                        languages.isEmpty() ? null : languages.iterator().next();
                entries.add(new KoodistoEntry(row, code, nameFi, nameSv, region, kielisuhde));
            }
        }));
        return new Content(entries, problems);
    }

    /** kielisuhde: 0 Finnish, 1 bilingual Finnish majority, 2 Swedish, 3 bilingual Swedish majority. */
    static LanguageStatus languageStatus(String kielisuhde) {
        return switch (kielisuhde) {
            case "0" -> LanguageStatus.FINNISH;
            case "1" -> LanguageStatus.BILINGUAL_FINNISH_MAJORITY;
            case "2" -> LanguageStatus.SWEDISH;
            case "3" -> LanguageStatus.BILINGUAL_SWEDISH_MAJORITY;
            default -> null;
        };
    }

    private static String name(JsonNode item, String language) {
        JsonNode metadata = item.get("metadata");
        if (metadata == null || !metadata.isArray()) {
            return null;
        }
        for (JsonNode entry : metadata) {
            if (language.equalsIgnoreCase(JsonArrayFile.text(entry, "kieli"))) {
                String name = JsonArrayFile.text(entry, "nimi");
                if (name != null && !name.isEmpty()) {
                    return name;
                }
            }
        }
        return null;
    }

    /** The values of the active relations whose URI starts with the prefix (e.g. {@code maakunta_}). */
    private static Set<String> related(JsonNode item, String prefix) {
        Set<String> values = new TreeSet<>();
        JsonNode relations = item.get("includesCodeElements");
        if (relations == null || !relations.isArray()) {
            return values;
        }
        for (JsonNode relation : relations) {
            String uri = JsonArrayFile.text(relation, "codeElementUri");
            JsonNode passive = relation.get("passive");
            boolean active = passive == null || !passive.asBoolean(false);
            if (uri != null && active && uri.startsWith(prefix)) {
                values.add(uri.substring(prefix.length()));
            }
        }
        return values;
    }
}
