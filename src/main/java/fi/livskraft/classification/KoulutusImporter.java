package fi.livskraft.classification;

import fi.livskraft.common.ImportFailedException;
import fi.livskraft.common.ImportProblem;
import fi.livskraft.common.ImportReport;
import fi.livskraft.common.JsonArrayFile;
import fi.livskraft.common.ReferenceImporter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports the Opetushallitus Koodistopalvelu code list {@code koulutus} (a JSON array of
 * {@code {koodiArvo, koodiUri, versio, metadata[{nimi, kieli}]}}): inserts new vocational
 * qualifications and updates the names of existing ones. Other education codes are skipped.
 * Validates the whole file first, then writes everything in one transaction.
 */
@Component
class KoulutusImporter implements ReferenceImporter {

    static final String ID = "oph-koodisto-koulutus";
    static final String SOURCE = "Opetushallitus Koodistopalvelu, code list koulutus";

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final ImportRecorder recorder;
    private final JsonMapper json;

    KoulutusImporter(JdbcClient jdbc, TransactionTemplate tx, ImportRecorder recorder, JsonMapper json) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.recorder = recorder;
        this.json = json;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String labelKey() {
        return "classification.importer." + ID;
    }

    /** One entry of the code list, as read. */
    record Entry(String code, String nameFi, String nameSv, String nameEn) {

        /** The vocational type by the rule of the shipped file, or empty for other education. */
        Optional<QualificationType> vocationalType() {
            if (!(code.startsWith("3") || code.startsWith("4"))) {
                return Optional.empty();
            }
            if (nameFi.contains("erikoisammattitutkinto")) {
                return Optional.of(QualificationType.SPECIALIST);
            }
            if (nameFi.contains("ammattitutkinto")) {
                return Optional.of(QualificationType.FURTHER);
            }
            if (nameFi.contains("perustutkinto")) {
                return Optional.of(QualificationType.UPPER_SECONDARY);
            }
            return Optional.empty();
        }
    }

    @Override
    public ImportReport importFile(String fileName, InputStream content) {
        try (SpooledUpload upload = SpooledUpload.of(content)) {
            List<ImportProblem> warnings = validate(fileName, upload);
            return tx.execute(status -> write(fileName, upload, warnings));
        }
    }

    /** Reads the whole file; throws with every problem found, or returns the warnings. */
    private List<ImportProblem> validate(String fileName, SpooledUpload upload) {
        List<ImportProblem> problems = new ProblemList();
        List<ImportProblem> warnings = new ProblemList();
        Set<String> seen = new HashSet<>();
        int[] skipped = {0};
        read(fileName, upload, (position, entry) -> {
            if (!entry.code().matches("\\d{6}")) {
                problems.add(ImportProblem.of(fileName, position, "koodiArvo", "import.error.bad-code", entry.code()));
            } else if (!seen.add(entry.code())) {
                problems.add(ImportProblem.of(fileName, position, "koodiArvo", "import.error.duplicate", entry.code()));
            }
            if (entry.nameFi().isEmpty()) {
                problems.add(ImportProblem.of(fileName, position, "metadata[kieli=FI].nimi", "import.error.required"));
                return;
            }
            if (entry.vocationalType().isEmpty()) {
                skipped[0]++;
            } else if (entry.nameSv().isEmpty()) {
                warnings.add(ImportProblem.of(
                        fileName,
                        position,
                        "metadata[kieli=SV].nimi",
                        "classification.import.warning.no-swedish-name",
                        entry.code()));
            }
        });
        if (!problems.isEmpty()) {
            throw new ImportFailedException(problems);
        }
        if (skipped[0] > 0) {
            warnings.add(
                    0,
                    ImportProblem.of(
                            fileName,
                            0,
                            "koodiArvo",
                            "classification.import.warning.skipped-non-vocational",
                            skipped[0]));
        }
        return warnings;
    }

    private ImportReport write(String fileName, SpooledUpload upload, List<ImportProblem> warnings) {
        Map<String, Object> before = new LinkedHashMap<>();
        Map<String, Object> after = new LinkedHashMap<>();
        int[] counts = new int[4]; // read, vocational, inserted, updated
        read(fileName, upload, (position, entry) -> {
            counts[0]++;
            Optional<QualificationType> type = entry.vocationalType();
            if (type.isEmpty()) {
                return;
            }
            counts[1]++;
            Optional<Qualification> existing = jdbc.sql(Classifications.QUALIFICATION_SELECT + " where code = ?")
                    .param(entry.code())
                    .query(Classifications::qualification)
                    .optional();
            if (existing.isEmpty()) {
                jdbc.sql("insert into qualification (code, type, name_fi, name_sv, name_en) values (?, ?, ?, ?, ?)")
                        .params(entry.code(), type.get().name(), entry.nameFi(), entry.nameSv(), entry.nameEn())
                        .update();
                after.put(entry.code(), row(type.get(), entry.nameFi(), entry.nameSv(), entry.nameEn()));
                counts[2]++;
                return;
            }
            Qualification old = existing.get();
            // A translation missing from the file keeps the stored one.
            String sv = entry.nameSv().isEmpty() ? old.names().sv() : entry.nameSv();
            String en = entry.nameEn().isEmpty() ? old.names().en() : entry.nameEn();
            if (old.names().fi().equals(entry.nameFi())
                    && old.names().sv().equals(sv)
                    && old.names().en().equals(en)) {
                return;
            }
            jdbc.sql("update qualification set name_fi = ?, name_sv = ?, name_en = ? where code = ?")
                    .params(entry.nameFi(), sv, en, entry.code())
                    .update();
            before.put(
                    entry.code(),
                    row(
                            old.type(),
                            old.names().fi(),
                            old.names().sv(),
                            old.names().en()));
            after.put(entry.code(), row(old.type(), entry.nameFi(), sv, en));
            counts[3]++;
        });
        int stored = counts[2] + counts[3];
        Map<String, Integer> summary = new LinkedHashMap<>();
        summary.put("read", counts[0]);
        summary.put("vocational", counts[1]);
        summary.put("inserted", counts[2]);
        summary.put("updated", counts[3]);
        summary.put("unchanged", counts[1] - stored);
        summary.put("skipped", counts[0] - counts[1]);
        recorder.record(new ImportRecorder.Outcome(
                "qualifications", ID, fileName, SOURCE, counts[0], stored, summary, before, after));
        return new ImportReport("qualifications", fileName, counts[0], stored, warnings);
    }

    private static Map<String, String> row(QualificationType type, String fi, String sv, String en) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("type", type.name());
        row.put("nameFi", fi);
        row.put("nameSv", sv);
        row.put("nameEn", en);
        return row;
    }

    private interface EntryConsumer {
        void accept(int position, Entry entry);
    }

    private void read(String fileName, SpooledUpload upload, EntryConsumer consumer) {
        try (InputStream in = upload.open()) {
            JsonArrayFile.readOrFail(fileName, in, json, (position, item) -> consumer.accept(position, entry(item)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Entry entry(JsonNode item) {
        String fi = "";
        String sv = "";
        String en = "";
        JsonNode metadata = item.get("metadata");
        if (metadata != null && metadata.isArray()) {
            for (JsonNode m : metadata) {
                String name = cleanName(JsonArrayFile.textOrEmpty(m, "nimi"));
                switch (JsonArrayFile.textOrEmpty(m, "kieli").toUpperCase(Locale.ROOT)) {
                    case "FI" -> fi = name;
                    case "SV" -> sv = name;
                    case "EN" -> en = name;
                    default -> {
                        // other languages are not used
                    }
                }
            }
        }
        return new Entry(JsonArrayFile.textOrEmpty(item, "koodiArvo"), fi, sv, en);
    }

    /** Trims spaces and the stray trailing underscores that some names in the code list carry. */
    static String cleanName(String name) {
        return name.replaceAll("[\\s_]+$", "").strip();
    }
}
