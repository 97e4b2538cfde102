package fi.livskraft.occupation;

import fi.livskraft.common.FactImporter;
import fi.livskraft.common.ImportFailedException;
import fi.livskraft.common.ImportProblem;
import fi.livskraft.common.ImportProgress;
import fi.livskraft.common.ImportReport;
import fi.livskraft.common.JsonArrayFile;
import fi.livskraft.evidence.NewSource;
import fi.livskraft.evidence.Sources;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports ESCO occupations ({@code format=esco}): the JSON array described in {@link EscoReader}.
 * All or nothing: any problem (an unknown ISCO-08 group, a missing preferred label, broken JSON)
 * stores nothing and lists every problem with file, array position and field. Re-importing
 * upserts the occupations and replaces their labels; occupations absent from the file are kept.
 */
@Component
class EscoImporter implements FactImporter {

    static final String PUBLISHER = "European Commission";
    static final String DATASET = "ESCO occupations";
    static final String DEFAULT_VINTAGE = "v1.1.1";
    static final String LICENCE = "© European Union, Commission Decision 2011/833/EU";
    static final String TITLE = "ESCO occupations with ISCO-08 placement, labels fi/sv/en";
    private static final Pattern VINTAGE = Pattern.compile("v(\\d+)[._](\\d+)(?:[._](\\d+))?");
    private static final int BATCH = 500;

    private final Sources sources;
    private final EscoStore store;
    private final JsonMapper json;

    EscoImporter(Sources sources, EscoStore store, JsonMapper json) {
        this.sources = sources;
        this.store = store;
        this.json = json;
    }

    @Override
    public String format() {
        return "esco";
    }

    @Override
    public String labelKey() {
        return "occupation.import.label";
    }

    @Override
    public String descriptionKey() {
        return "occupation.import.description";
    }

    @Override
    @Transactional
    public ImportReport importFile(String fileName, InputStream content, ImportProgress progress) {
        String vintage = vintage(fileName);
        List<ImportProblem> warnings = new ArrayList<>();
        if (vintage == null) {
            vintage = DEFAULT_VINTAGE;
            warnings.add(ImportProblem.of(fileName, 0, "", "occupation.import.vintage-assumed", DEFAULT_VINTAGE));
        }
        long sourceId = sources.open(
                new NewSource(PUBLISHER, DATASET, vintage, LICENCE, TITLE, format(), fileName, null, false));
        EscoReader reader = new EscoReader(fileName, store.unitGroups());
        List<EscoEntry> batch = new ArrayList<>();
        int[] counts = new int[2]; // rows read, occupations stored
        List<ImportProblem> problems = JsonArrayFile.read(fileName, content, json, (row, item) -> {
            counts[0] = row;
            reader.read(row, item).ifPresent(entry -> {
                if (reader.problems().isEmpty()) {
                    batch.add(entry);
                    if (batch.size() >= BATCH) {
                        counts[1] += store.write(batch, sourceId);
                        batch.clear();
                    }
                }
            });
            if (row % 100 == 0) {
                progress.update(row, -1);
            }
        });
        List<ImportProblem> all = new ArrayList<>(reader.problems());
        all.addAll(problems);
        if (all.isEmpty() && reader.occupations() == 0) {
            all.add(ImportProblem.of(fileName, counts[0], "", "occupation.import.error.no-occupations"));
        }
        if (!all.isEmpty()) {
            throw new ImportFailedException(all);
        }
        counts[1] += store.write(batch, sourceId);
        progress.update(counts[0], counts[0]);
        sources.complete(sourceId, counts[0], counts[1]);
        return new ImportReport(DATASET + " " + vintage, fileName, counts[0], counts[1], warnings);
    }

    /** The ESCO version in a file name such as {@code esco_v1_1_1_occupations.json}, as {@code v1.1.1}. */
    static String vintage(String fileName) {
        Matcher m = fileName == null ? null : VINTAGE.matcher(fileName);
        if (m == null || !m.find()) {
            return null;
        }
        return "v" + m.group(1) + "." + m.group(2) + (m.group(3) == null ? "" : "." + m.group(3));
    }
}
