package fi.livskraft.evidence;

import java.math.BigDecimal;

/**
 * One labour-market figure with its source. A missing figure (StatFin '..' or '.') has a null
 * value and its status: never read it as zero.
 */
public record LabourFact(
        String areaCode,
        String occupationCode,
        String period,
        String measure,
        String durationClass,
        BigDecimal value,
        String status,
        Source source) {

    public boolean missing() {
        return value == null;
    }
}
