package fi.livskraft.evidence;

import fi.livskraft.common.FactImporter;
import fi.livskraft.common.ImportFailedException;
import fi.livskraft.common.ImportProblem;
import fi.livskraft.common.ImportProgress;
import fi.livskraft.common.ImportReport;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code format=jsonstat2}: a StatFin PxWeb (or any) JSON-stat 2.0 dataset, streamed (see
 * {@link JsonStatReader}). Every dataset is stored generically with its dimensions; the StatFin
 * employment-service tables ({@link DatasetRecognizer}) also become {@code labour_market_fact}
 * rows, after their area and occupation codes have been checked against the reference data.
 *
 * <p>Source: publisher = the document's {@code source}; dataset = {@code extension.px.tableid},
 * else the {@code label}, else the file name; vintage = the date of {@code updated}; licence = CC BY
 * 4.0 when the publisher is Statistics Finland (Tilastokeskus, Statistikcentralen) or the table id
 * is a StatFin one (Statistics Finland publishes StatFin under CC BY 4.0), otherwise "not stated"
 * with a warning; title = {@code label}.
 */
@Component
class JsonStatImporter implements FactImporter {

    static final String FORMAT = "jsonstat2";
    static final String STATFIN_LICENCE = "CC BY 4.0";
    static final String LICENCE_NOT_STATED = "not stated";
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*");
    private static final int LISTED_CODES = 100;

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(JsonStatImporter.class);

    private final Sources sources;
    private final DatasetStore store;
    private final ReferenceCodes referenceCodes;
    private final DataSource dataSource;

    JsonStatImporter(Sources sources, DatasetStore store, ReferenceCodes referenceCodes, DataSource dataSource) {
        this.sources = sources;
        this.store = store;
        this.referenceCodes = referenceCodes;
        this.dataSource = dataSource;
    }

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public String labelKey() {
        return "evidence.format.jsonstat2";
    }

    @Override
    public String descriptionKey() {
        return "evidence.format.jsonstat2.description";
    }

    @Override
    @Transactional
    public ImportReport importFile(String fileName, InputStream content, ImportProgress progress) {
        long started = System.nanoTime();
        try (JsonStatReader reader = new JsonStatReader(fileName, progress)) {
            reader.read(content);
            long parsed = System.nanoTime();
            if (!reader.problems().isEmpty()) {
                throw new ImportFailedException(reader.problems());
            }
            JsonStatDocument doc = reader.document();
            List<ImportProblem> warnings = new ArrayList<>();
            Optional<Recognition> recognition = DatasetRecognizer.recognise(doc);
            if (recognition.isPresent()) {
                List<ImportProblem> problems = checkCodes(fileName, doc, recognition.get());
                if (!problems.isEmpty()) {
                    throw new ImportFailedException(problems);
                }
                unmappedMeasures(fileName, doc, recognition.get(), warnings);
            } else {
                warnings.add(ImportProblem.of(fileName, 0, "dimension", "evidence.jsonstat.generic-only"));
            }
            NewSource source = source(fileName, doc, recognition, warnings);
            long sourceId = sources.open(source);
            long read = reader.cells().count();
            long total = recognition.isPresent() ? 2 * read : read;
            long datasetId = store.dataset(
                    sourceId, doc, recognition.map(Recognition::kind).orElse(null), read);
            long stored;
            long facts = 0;
            long cellsDone;
            try {
                stored = store.cells(datasetId, reader, progress, 0, total);
                cellsDone = System.nanoTime();
                if (recognition.isPresent()) {
                    facts = labourFacts(fileName, sourceId, doc, recognition.get(), reader, progress, read, total);
                }
            } catch (CopyIn.CopyFailed e) {
                throw new ImportFailedException(
                        ImportProblem.of(fileName, 0, "value", "evidence.import.database-refused", e.getMessage()));
            }
            if (recognition.isPresent()) {
                warnings.add(ImportProblem.of(
                        fileName,
                        0,
                        "dimension",
                        "evidence.jsonstat.recognised",
                        recognition.get().kind(),
                        facts));
            }
            sources.complete(sourceId, read, stored);
            progress.update(total, total);
            if (log.isDebugEnabled()) {
                long done = System.nanoTime();
                log.debug(
                        "{}: parse and spool {} ms, generic cells {} ms, labour facts {} ms",
                        fileName,
                        (parsed - started) / 1_000_000,
                        (cellsDone - parsed) / 1_000_000,
                        (done - cellsDone) / 1_000_000);
            }
            return new ImportReport(
                    source.dataset(),
                    fileName,
                    (int) Math.min(Integer.MAX_VALUE, read),
                    (int) Math.min(Integer.MAX_VALUE, stored),
                    warnings);
        }
    }

    static boolean isMissingStatus(String status) {
        return status != null && (status.equals("..") || status.equals(".") || status.equals("..."));
    }

    private long labourFacts(
            String fileName,
            long sourceId,
            JsonStatDocument doc,
            Recognition r,
            JsonStatReader reader,
            ImportProgress progress,
            long offset,
            long total) {
        long[] strides = doc.strides();
        List<Integer> sizes = doc.sizes();
        List<String> areas = doc.dimension(r.area()).codes();
        List<String> months = doc.dimension(r.month()).codes();
        List<String> occupations =
                r.occupation() < 0 ? null : doc.dimension(r.occupation()).codes();
        List<String> measureCodes =
                r.measure() < 0 ? null : doc.dimension(r.measure()).codes();
        List<String> durationCodes =
                r.duration() < 0 ? null : doc.dimension(r.duration()).codes();
        long[] seen = {0};
        try (CopyIn copy = new CopyIn(
                dataSource,
                "labour_market_fact",
                "source_id, area_code, occupation_code, period, measure, duration_class, value, status")) {
            reader.cells().forEach((index, missing, value) -> {
                seen[0]++;
                if (seen[0] % DatasetStore.PROGRESS_STEP == 0) {
                    progress.update(offset + seen[0], total);
                }
                String measure = measureCodes == null
                        ? r.defaultMeasure()
                        : r.measures().get(measureCodes.get(position(index, strides, sizes, r.measure())));
                if (measure == null) {
                    return;
                }
                String status = reader.status(index);
                boolean absent = missing || isMissingStatus(status);
                if (!absent && value < 0) {
                    throw new ImportFailedException(ImportProblem.of(
                            fileName,
                            (int) Math.min(Integer.MAX_VALUE, index),
                            "value[" + index + "]",
                            "evidence.jsonstat.negative",
                            index,
                            doc.describe(index),
                            value));
                }
                copy.field(sourceId)
                        .field(areas.get(position(index, strides, sizes, r.area())))
                        .field(
                                occupations == null
                                        ? "SSS"
                                        : occupations.get(position(index, strides, sizes, r.occupation())))
                        .field(months.get(position(index, strides, sizes, r.month())))
                        .field(measure)
                        .field(
                                durationCodes == null
                                        ? "ALL"
                                        : r.durations()
                                                .get(durationCodes.get(position(index, strides, sizes, r.duration()))));
                if (absent) {
                    copy.field(null).field(status == null ? ".." : status);
                } else {
                    copy.number(value).field(status);
                }
                copy.endRow();
            });
            return copy.end();
        }
    }

    private static int position(long index, long[] strides, List<Integer> sizes, int dimension) {
        return (int) ((index / strides[dimension]) % sizes.get(dimension));
    }

    /** Unknown area, occupation, month or duration codes of a recognised table, each dimension listed. */
    private List<ImportProblem> checkCodes(String file, JsonStatDocument doc, Recognition r) {
        ReferenceCodes.Snapshot codes = referenceCodes.snapshot();
        List<ImportProblem> problems = new ArrayList<>();
        unknown(file, doc, r.area(), c -> !codes.area(c), "evidence.jsonstat.unknown-areas", problems);
        if (r.occupation() >= 0) {
            unknown(
                    file,
                    doc,
                    r.occupation(),
                    c -> !codes.occupation(c),
                    "evidence.jsonstat.unknown-occupations",
                    problems);
        }
        unknown(
                file,
                doc,
                r.month(),
                c -> !LabourMeasures.MONTH.matcher(c).matches(),
                "evidence.jsonstat.unknown-months",
                problems);
        if (r.duration() >= 0) {
            unknown(
                    file,
                    doc,
                    r.duration(),
                    c -> !r.durations().containsKey(c),
                    "evidence.jsonstat.unknown-durations",
                    problems);
            Set<String> classes = new HashSet<>();
            for (String c : r.durations().values()) {
                if (!classes.add(c)) {
                    problems.add(ImportProblem.of(
                            file,
                            0,
                            "dimension." + doc.ids().get(r.duration()),
                            "evidence.jsonstat.duration-twice",
                            c));
                }
            }
        }
        return problems;
    }

    private static void unknown(
            String file,
            JsonStatDocument doc,
            int dimension,
            java.util.function.Predicate<String> bad,
            String key,
            List<ImportProblem> problems) {
        JsonStatDimension dim = doc.dimension(dimension);
        List<String> unknown = dim.codes().stream().filter(bad).toList();
        if (!unknown.isEmpty()) {
            String listed = unknown.stream().limit(LISTED_CODES).collect(Collectors.joining(", "));
            if (unknown.size() > LISTED_CODES) {
                listed += ", …";
            }
            problems.add(ImportProblem.of(
                    file, 0, "dimension." + dim.id() + ".category.index", key, dim.id(), unknown.size(), listed));
        }
    }

    private static void unmappedMeasures(
            String file, JsonStatDocument doc, Recognition r, List<ImportProblem> warnings) {
        if (r.measure() < 0) {
            return;
        }
        JsonStatDimension dim = doc.dimension(r.measure());
        List<String> unmapped =
                dim.codes().stream().filter(c -> !r.measures().containsKey(c)).toList();
        if (!unmapped.isEmpty()) {
            warnings.add(ImportProblem.of(
                    file,
                    0,
                    "dimension." + dim.id(),
                    "evidence.jsonstat.unmapped-measures",
                    String.join(", ", unmapped)));
        }
    }

    private static NewSource source(
            String fileName, JsonStatDocument doc, Optional<Recognition> recognition, List<ImportProblem> warnings) {
        String publisher = blank(doc.source()) ? null : doc.source().strip();
        if (publisher == null) {
            publisher = "unknown";
            warnings.add(ImportProblem.of(fileName, 0, "source", "evidence.jsonstat.no-source"));
        }
        String dataset = !blank(doc.tableId()) ? doc.tableId() : !blank(doc.label()) ? doc.label() : fileName;
        String vintage;
        if (blank(doc.updated())) {
            vintage = "undated";
            warnings.add(ImportProblem.of(fileName, 0, "updated", "evidence.jsonstat.no-updated"));
        } else {
            vintage = DATE.matcher(doc.updated()).matches()
                    ? doc.updated().substring(0, 10)
                    : doc.updated().strip();
        }
        String licence = licence(publisher, doc.tableId());
        if (licence.equals(LICENCE_NOT_STATED)) {
            warnings.add(ImportProblem.of(fileName, 0, "source", "evidence.jsonstat.no-licence", publisher));
        }
        return new NewSource(publisher, dataset, vintage, licence, doc.label(), FORMAT, fileName, Instant.now(), false);
    }

    /** CC BY 4.0 for Statistics Finland (by publisher name in fi/sv/en or a StatFin table id). */
    static String licence(String publisher, String tableId) {
        String p = publisher.toLowerCase(Locale.ROOT);
        boolean statisticsFinland = p.startsWith("tilastokeskus")
                || p.startsWith("statistikcentralen")
                || p.startsWith("statistics finland")
                || (tableId != null && tableId.toLowerCase(Locale.ROOT).startsWith("statfin"));
        return statisticsFinland ? STATFIN_LICENCE : LICENCE_NOT_STATED;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
