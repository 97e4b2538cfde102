package fi.livskraft.education;

import fi.livskraft.audit.AuditLog;
import fi.livskraft.classification.Classifications;
import fi.livskraft.classification.Qualification;
import fi.livskraft.common.ImportFailedException;
import fi.livskraft.common.ImportProblem;
import fi.livskraft.common.ImportReport;
import fi.livskraft.evidence.NewSource;
import fi.livskraft.evidence.Sources;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What both importers do once a file is read into the stage: refuse it with every problem found,
 * or register its source (replacing an earlier import of the same vintage), store the cells, link
 * provider codes to the registry (warning about unknown ones) and report.
 */
@Component
class EducationImport {

    private final Classifications classifications;
    private final EducationStage stage;
    private final ProviderRegistry registry;
    private final Sources sources;
    private final AuditLog audit;

    EducationImport(
            Classifications classifications,
            EducationStage stage,
            ProviderRegistry registry,
            Sources sources,
            AuditLog audit) {
        this.classifications = classifications;
        this.stage = stage;
        this.registry = registry;
        this.sources = sources;
        this.audit = audit;
    }

    /** The checks for one file, knowing every qualification code. */
    CellChecks checks(String file) {
        Set<String> codes = classifications.qualifications(null, null).stream()
                .map(Qualification::code)
                .collect(Collectors.toUnmodifiableSet());
        return new CellChecks(file, codes);
    }

    EducationStage.Batch begin() {
        return stage.begin();
    }

    Map<String, ProviderRegistry.Registered> registry() {
        return registry.byBusinessId();
    }

    /**
     * Finishes an import whose values are staged: refuses it on any problem (the caller's
     * transaction rolls back), otherwise stores it under a new source.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    ImportReport finish(
            CellChecks checks,
            EducationStage.Batch batch,
            SourceMetadata metadata,
            String format,
            boolean demo,
            int rowsRead,
            List<ImportProblem> earlierWarnings) {
        batch.flush();
        List<ImportProblem> problems = new ArrayList<>(checks.problems());
        if (problems.isEmpty()) {
            problems.addAll(stage.check(checks.file()));
        }
        if (!problems.isEmpty()) {
            throw new ImportFailedException(problems);
        }
        if (batch.staged() == 0) {
            throw new ImportFailedException(
                    ImportProblem.of(checks.file(), 0, "", "education.import.error.no-figures"));
        }
        long sourceId = sources.open(new NewSource(
                metadata.publisher(),
                metadata.dataset(),
                metadata.vintage(),
                metadata.licence(),
                metadata.title(),
                format,
                checks.file(),
                metadata.retrievedAt(),
                demo));
        EducationStage.Stored stored = stage.store(sourceId);
        List<ImportProblem> warnings = new ArrayList<>(earlierWarnings);
        warnings.addAll(link(checks.file(), sourceId));
        sources.complete(sourceId, batch.staged(), stored.total());
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("valuesRead", batch.staged());
        counts.put("supplyCells", stored.supplyCells());
        counts.put("outcomeCells", stored.outcomeCells());
        counts.put("unknownProviders", warnings.size() - earlierWarnings.size());
        audit.record(
                "education.import",
                "evidence_source",
                String.valueOf(sourceId),
                metadata.publisher() + " / " + metadata.dataset() + " / " + metadata.vintage(),
                null,
                counts);
        return new ImportReport(metadata.dataset(), checks.file(), rowsRead, stored.total(), warnings);
    }

    private List<ImportProblem> link(String file, long sourceId) {
        Map<String, ProviderRegistry.Registered> known = registry.byBusinessId();
        List<ImportProblem> warnings = new ArrayList<>();
        for (EducationStage.ProviderSeen seen : stage.providers()) {
            ProviderRegistry.Registered provider = known.get(seen.code());
            if (provider == null) {
                warnings.add(ImportProblem.of(
                        file,
                        seen.firstRow(),
                        "provider_code",
                        "education.import.warning.unknown-provider",
                        seen.code(),
                        seen.name() == null ? "" : seen.name()));
            } else {
                stage.link(sourceId, seen.code(), provider.id());
            }
        }
        return warnings;
    }
}
