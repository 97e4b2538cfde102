package fi.livskraft.evidence;

import java.util.Map;

/**
 * What an imported dataset was recognised as, and where its labour-market coordinates are: the
 * positions of the area, occupation, month, measure and duration dimensions (-1 when absent), the
 * measure of each measure category and the duration class of each duration category.
 */
record Recognition(
        String kind,
        String tableId,
        int area,
        int occupation,
        int month,
        int measure,
        int duration,
        Map<String, String> measures,
        Map<String, String> durations,
        String defaultMeasure) {

    static final String TYONV_12TI = "tyonv_12ti";
    static final String TYONV_12R5 = "tyonv_12r5";
    static final String TYONV_DURATION = "tyonv_duration";

    Recognition {
        measures = Map.copyOf(measures);
        durations = Map.copyOf(durations);
    }
}
