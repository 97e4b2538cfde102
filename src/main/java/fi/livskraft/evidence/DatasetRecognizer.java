package fi.livskraft.evidence;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises the StatFin employment-service tables among JSON-stat datasets, by their dimension
 * ids (Finnish or Swedish, as PxWeb names the variables in each language) and, where the ids are
 * not known, by their category codes:
 *
 * <ul>
 *   <li>12ti: area x occupation x month x measure (Alue/Område, Ammattiryhmä/Yrkesgrupp,
 *       Kuukausi/Månad, Tiedot/Uppgifter)
 *   <li>12r5: area x month x measure
 *   <li>unemployed jobseekers by unemployment duration: area x month x duration class
 *       (Työttömyyden kesto / Arbetslöshetens längd), with or without a measure dimension
 * </ul>
 *
 * A measure dimension is recognised by its StatFin codes (TYOTTOMATLOPUSSA, AVPAIKATLOPUSSA,
 * TYOVOIMATK); a month dimension by codes like 2023M01; an area dimension by codes like SSS, MK01,
 * KU049. Other dimensions of size 1 are allowed (a fixed filter); any other shape is not recognised.
 */
final class DatasetRecognizer {

    private static final Set<String> AREA_IDS = Set.of("alue", "område", "area", "region");
    private static final Set<String> OCCUPATION_IDS =
            Set.of("ammattiryhmä", "ammatti", "yrkesgrupp", "yrke", "occupation", "occupational group");
    private static final Set<String> MONTH_IDS = Set.of("kuukausi", "månad", "month");
    private static final Set<String> MEASURE_IDS = Set.of("tiedot", "uppgifter", "information", "contentscode");
    private static final Pattern AREA_CODE = Pattern.compile("SSS|MK\\d{2}|SK\\d{3}|KU\\d{3}|ELY?\\d{2}");

    private DatasetRecognizer() {}

    static Optional<Recognition> recognise(JsonStatDocument doc) {
        int area = -1;
        int occupation = -1;
        int month = -1;
        int measure = -1;
        int duration = -1;
        int others = 0;
        for (int i = 0; i < doc.ids().size(); i++) {
            JsonStatDimension dim = doc.dimension(i);
            String id = normalise(dim.id());
            List<String> codes = dim.codes();
            if (measure < 0
                    && (MEASURE_IDS.contains(id) || codes.stream().anyMatch(LabourMeasures.STATFIN_CODES::containsKey))
                    && codes.stream().anyMatch(LabourMeasures.STATFIN_CODES::containsKey)) {
                measure = i;
            } else if (month < 0
                    && (MONTH_IDS.contains(id)
                            || codes.stream()
                                    .allMatch(
                                            c -> LabourMeasures.MONTH.matcher(c).matches()))) {
                month = i;
            } else if (duration < 0 && isDuration(id)) {
                duration = i;
            } else if (occupation < 0 && OCCUPATION_IDS.contains(id)) {
                occupation = i;
            } else if (area < 0
                    && (AREA_IDS.contains(id)
                            || codes.stream().allMatch(c -> AREA_CODE.matcher(c).matches()))) {
                area = i;
            } else if (dim.size() > 1) {
                others++;
            }
        }
        if (area < 0 || month < 0 || others > 0) {
            return Optional.empty();
        }
        Map<String, String> measures = new HashMap<>();
        if (measure >= 0) {
            for (String code : doc.dimension(measure).codes()) {
                LabourMeasures.measureOfStatFinCode(code).ifPresent(m -> measures.put(code, m));
            }
        }
        String table = doc.tableId() == null ? "" : doc.tableId().toLowerCase(Locale.ROOT);
        if (duration >= 0 && occupation < 0) {
            Map<String, String> durations = new HashMap<>();
            JsonStatDimension dim = doc.dimension(duration);
            for (String code : dim.codes()) {
                DurationClasses.of(code, dim.labelOf(code)).ifPresent(c -> durations.put(code, c));
            }
            String defaultMeasure = measure < 0 ? "UNEMPLOYED_JOBSEEKERS" : null;
            return Optional.of(new Recognition(
                    Recognition.TYONV_DURATION,
                    doc.tableId(),
                    area,
                    -1,
                    month,
                    measure,
                    duration,
                    measures,
                    durations,
                    defaultMeasure));
        }
        if (measure < 0 || measures.isEmpty() || duration >= 0) {
            return Optional.empty();
        }
        if (occupation >= 0 && !table.contains("12r5")) {
            return Optional.of(new Recognition(
                    Recognition.TYONV_12TI,
                    doc.tableId(),
                    area,
                    occupation,
                    month,
                    measure,
                    -1,
                    measures,
                    Map.of(),
                    null));
        }
        if (occupation < 0 && !table.contains("12ti")) {
            return Optional.of(new Recognition(
                    Recognition.TYONV_12R5, doc.tableId(), area, -1, month, measure, -1, measures, Map.of(), null));
        }
        return Optional.empty();
    }

    private static boolean isDuration(String id) {
        return id.startsWith("työttömyyden kesto")
                || id.startsWith("arbetslöshetens längd")
                || id.startsWith("arbetslöshetens varaktighet")
                || id.startsWith("duration of unemployment")
                || id.startsWith("unemployment duration");
    }

    static String normalise(String id) {
        return Normalizer.normalize(id, Normalizer.Form.NFC).strip().toLowerCase(Locale.ROOT);
    }
}
