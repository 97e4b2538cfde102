package fi.livskraft.evidence;

import fi.livskraft.area.AreaDirectory;
import fi.livskraft.area.MunicipalityPopulations;
import fi.livskraft.common.FactImporter;
import fi.livskraft.common.ImportFailedException;
import fi.livskraft.common.ImportProblem;
import fi.livskraft.common.ImportProgress;
import fi.livskraft.common.ImportReport;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports the population on 31 December by municipality and year from StatFin table 11ra as a
 * JSON-stat 2.0 document (the PxWeb API's json-stat2 answer, or an upload of the same table): one
 * dimension of areas (municipalities {@code KU} + 3 digits; the whole country, regions and other
 * areas are skipped), one of years (4 digits), and any other dimension with a single category (the
 * population measure). Figures go to {@link MunicipalityPopulations}; all or nothing. A later
 * connector hands the fetched document to {@link #importFile}.
 */
@Component
class StatfinPopulationImporter implements FactImporter {

    static final String FORMAT = "statfin-11ra";
    private static final Pattern MUNICIPALITY = Pattern.compile("KU(\\d{3})");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private final MunicipalityPopulations populations;
    private final AreaDirectory areas;

    StatfinPopulationImporter(MunicipalityPopulations populations, AreaDirectory areas) {
        this.populations = populations;
        this.areas = areas;
    }

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public String labelKey() {
        return "evidence.format.statfin-11ra";
    }

    @Override
    public String descriptionKey() {
        return "evidence.format.statfin-11ra.description";
    }

    @Override
    @Transactional
    public ImportReport importFile(String fileName, InputStream content, ImportProgress progress) {
        try (JsonStatReader reader = new JsonStatReader(fileName, progress)) {
            reader.read(content);
            if (!reader.problems().isEmpty()) {
                throw new ImportFailedException(reader.problems());
            }
            JsonStatDocument doc = reader.document();
            int area = -1;
            int year = -1;
            List<ImportProblem> problems = new ArrayList<>();
            for (int i = 0; i < doc.ids().size(); i++) {
                List<String> codes = doc.dimension(i).codes();
                if (area < 0
                        && codes.stream().anyMatch(c -> MUNICIPALITY.matcher(c).matches())) {
                    area = i;
                } else if (year < 0
                        && codes.stream().allMatch(c -> YEAR.matcher(c).matches())) {
                    year = i;
                } else if (codes.size() != 1) {
                    problems.add(ImportProblem.of(
                            fileName,
                            0,
                            doc.ids().get(i),
                            "evidence.population.extra-dimension",
                            doc.ids().get(i)));
                }
            }
            if (area < 0 || year < 0) {
                problems.add(ImportProblem.of(fileName, 0, "dimension", "evidence.population.dimensions"));
            }
            if (!problems.isEmpty()) {
                throw new ImportFailedException(problems);
            }
            String source = "Statistics Finland, StatFin 11ra"
                    + (doc.label() == null || doc.label().isBlank() ? "" : " (" + doc.label() + ")")
                    + (doc.updated() == null ? "" : ", updated " + doc.updated())
                    + ", CC BY 4.0";
            List<MunicipalityPopulations.Figure> figures = figures(fileName, doc, reader, area, year, source);
            int changed = populations.importFigures(fileName, figures);
            return new ImportReport("statfin-11ra", fileName, (int) doc.cellCount(), changed, List.of());
        }
    }

    private List<MunicipalityPopulations.Figure> figures(
            String fileName, JsonStatDocument doc, JsonStatReader reader, int area, int year, String source) {
        long[] strides = doc.strides();
        List<String> areaCodes = doc.dimension(area).codes();
        List<String> years = doc.dimension(year).codes();
        List<ImportProblem> problems = new ArrayList<>();
        List<MunicipalityPopulations.Figure> figures = new ArrayList<>();
        reader.cells().forEach((index, missing, value) -> {
            var municipality = MUNICIPALITY.matcher(areaCodes.get(position(index, strides, doc, area)));
            if (!municipality.matches() || missing || JsonStatImporter.isMissingStatus(reader.status(index))) {
                return;
            }
            String code = municipality.group(1);
            if (areas.municipality(code).isEmpty()) {
                problems.add(ImportProblem.of(
                        fileName, 0, "value[" + index + "]", "evidence.population.unknown-municipality", code));
            } else if (value <= 0 || value != Math.rint(value) || value > Integer.MAX_VALUE) {
                problems.add(ImportProblem.of(
                        fileName, 0, "value[" + index + "]", "evidence.population.bad-value", doc.describe(index)));
            } else {
                int y = Integer.parseInt(years.get(position(index, strides, doc, year)));
                if (y < MunicipalityPopulations.FIRST_YEAR || y > MunicipalityPopulations.LAST_YEAR) {
                    problems.add(ImportProblem.of(
                            fileName, 0, "value[" + index + "]", "evidence.population.bad-year", String.valueOf(y)));
                } else {
                    figures.add(new MunicipalityPopulations.Figure(code, y, (int) value, source, 0));
                }
            }
        });
        if (!problems.isEmpty()) {
            throw new ImportFailedException(problems);
        }
        return figures;
    }

    private static int position(long index, long[] strides, JsonStatDocument doc, int dimension) {
        return (int) ((index / strides[dimension]) % doc.sizes().get(dimension));
    }
}
