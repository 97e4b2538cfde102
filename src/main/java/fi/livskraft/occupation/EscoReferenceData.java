package fi.livskraft.occupation;

import fi.livskraft.common.ImportFailedException;
import fi.livskraft.common.ImportProblem;
import fi.livskraft.common.Names;
import fi.livskraft.common.ReferenceData;
import fi.livskraft.common.StartupTask;
import fi.livskraft.evidence.NewSource;
import fi.livskraft.evidence.Sources;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the shipped ESCO occupations ({@code referencedata/esco-occupations.csv}) into an empty
 * {@code esco_occupation} table, after the ISCO-08 groups, and registers them as the ESCO source
 * (a later import of the same ESCO version replaces it).
 */
@Component
class EscoReferenceData implements StartupTask {

    static final String FILE = "esco-occupations.csv";
    static final List<String> COLUMNS = List.of("uri", "code", "isco_code", "name_fi", "name_sv", "name_en");
    private static final Logger log = LoggerFactory.getLogger(EscoReferenceData.class);

    private final EscoStore store;
    private final Sources sources;
    private final TransactionTemplate tx;

    EscoReferenceData(EscoStore store, Sources sources, TransactionTemplate tx) {
        this.store = store;
        this.sources = sources;
        this.tx = tx;
    }

    @Override
    public int getOrder() {
        return REFERENCE_DATA + 50;
    }

    @Override
    public void run() {
        if (store.count() > 0) {
            return;
        }
        int loaded = tx.execute(status -> load());
        log.info("Loaded {} ESCO occupations", loaded);
    }

    private int load() {
        List<EscoEntry> entries = read(store.unitGroups());
        long sourceId = sources.open(new NewSource(
                EscoImporter.PUBLISHER,
                EscoImporter.DATASET,
                EscoImporter.DEFAULT_VINTAGE,
                EscoImporter.LICENCE,
                EscoImporter.TITLE,
                "livskraft-csv",
                ReferenceData.LOCATION + FILE,
                null,
                false));
        int stored = store.write(entries, sourceId);
        sources.complete(sourceId, entries.size(), stored);
        return stored;
    }

    /** The shipped occupations with their preferred labels; a problem in the file fails loudly. */
    static List<EscoEntry> read(Set<String> unitGroups) {
        List<ImportProblem> problems = new ArrayList<>();
        List<EscoEntry> entries = ReferenceData.read(FILE, COLUMNS, row -> {
            String isco = row.get("isco_code");
            if (!unitGroups.contains(isco)) {
                problems.add(row.problem("isco_code", "occupation.import.error.unknown-group", isco));
                return null;
            }
            String uri = row.get("uri");
            Names names = new Names(row.get("name_fi"), row.get("name_sv"), row.get("name_en"));
            return new EscoEntry(
                    new EscoOccupation(uri, row.get("code"), isco, names),
                    List.of(
                            new EscoLabel(uri, "fi", LabelKind.PREFERRED, names.fi()),
                            new EscoLabel(uri, "sv", LabelKind.PREFERRED, names.sv()),
                            new EscoLabel(uri, "en", LabelKind.PREFERRED, names.en())));
        });
        if (!problems.isEmpty()) {
            throw new ImportFailedException(problems);
        }
        return entries;
    }
}
