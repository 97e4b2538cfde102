package fi.livskraft.evidence;

import fi.livskraft.common.FactImporter;
import fi.livskraft.common.FieldError;
import fi.livskraft.common.ImportProgress;
import fi.livskraft.common.ImportReport;
import fi.livskraft.common.InvalidInputException;
import java.io.InputStream;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/** Every {@link FactImporter} bean of every module, and how to run one. */
@Service
class Imports {

    private final List<FactImporter> importers;
    private final Sources sources;

    Imports(List<FactImporter> importers, Sources sources) {
        this.importers = importers.stream()
                .sorted(Comparator.comparing(FactImporter::format))
                .toList();
        this.sources = sources;
    }

    List<FactImporter> importers() {
        return importers;
    }

    Optional<FactImporter> importer(String format) {
        return importers.stream()
                .filter(i -> i.format().equals(format == null ? "" : format.strip()))
                .findFirst();
    }

    /** The importer of the format, or a 400 naming the formats available. */
    FactImporter require(String format) {
        return importer(format)
                .orElseThrow(() -> new InvalidInputException(FieldError.of(
                        "format",
                        "evidence.imports.unknown-format",
                        format == null ? "" : format,
                        importers.stream().map(FactImporter::format).collect(Collectors.joining(", ")))));
    }

    /** Runs the importer on the file, on this thread; refused files throw ImportFailedException. */
    ImportOutcome run(String format, String fileName, InputStream content, ImportProgress progress) {
        FactImporter importer = require(format);
        long start = System.nanoTime();
        sources.takeOpenedOnThisThread();
        ImportReport report = importer.importFile(fileName, content, progress);
        long durationMs = (System.nanoTime() - start) / 1_000_000;
        ImportOutcome.SourceBody source = sources.takeOpenedOnThisThread()
                .flatMap(sources::find)
                .map(ImportOutcome.SourceBody::from)
                .orElse(null);
        long read = source == null
                ? report.rowsRead()
                : Math.max(
                        report.rowsRead(),
                        sources.find(source.id()).map(Source::cellsRead).orElse(0L));
        long stored = source == null
                ? report.rowsStored()
                : Math.max(
                        report.rowsStored(),
                        sources.find(source.id()).map(Source::cellsStored).orElse(0L));
        return new ImportOutcome(
                importer.format(),
                report.file(),
                source,
                read,
                stored,
                report.warnings().stream().map(ImportOutcome.Problem::from).toList(),
                durationMs);
    }

    /** The name of an uploaded file without any client path, or a neutral name when absent. */
    static String fileName(String original) {
        if (original == null || original.isBlank()) {
            return "upload";
        }
        String name = original.replace('\\', '/');
        return name.substring(name.lastIndexOf('/') + 1);
    }
}
