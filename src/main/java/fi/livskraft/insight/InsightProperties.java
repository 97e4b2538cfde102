package fi.livskraft.insight;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code livskraft.evidence.*}: tightness class bounds, the small-cell suppression threshold, the
 * months ahead in which confirmed workforce needs count in the gap, and the rule of persistent
 * shortage for the immigration view.
 */
@ConfigurationProperties("livskraft.evidence")
record InsightProperties(
        Bounds tightness,
        Integer suppressionThreshold,
        Integer needsHorizonMonths,
        PersistentShortage persistentShortage) {

    static final int DEFAULT_NEEDS_HORIZON_MONTHS = 12;

    /** Lower bounds of the classes on V/U (see application.yml for where they come from). */
    record Bounds(BigDecimal strongShortage, BigDecimal shortage, BigDecimal balance, BigDecimal surplus) {}

    /** In shortage (shortage or strong shortage) in at least {@code months} of the last {@code of} months. */
    record PersistentShortage(Integer months, Integer of) {}

    InsightProperties {
        suppressionThreshold = suppressionThreshold == null ? Suppression.DEFAULT_THRESHOLD : suppressionThreshold;
        needsHorizonMonths = needsHorizonMonths == null ? DEFAULT_NEEDS_HORIZON_MONTHS : needsHorizonMonths;
        if (needsHorizonMonths < 1) {
            throw new IllegalArgumentException("livskraft.evidence.needs-horizon-months must be at least 1");
        }
    }

    TightnessThresholds thresholds() {
        if (tightness == null) {
            return TightnessThresholds.DEFAULTS;
        }
        TightnessThresholds d = TightnessThresholds.DEFAULTS;
        return new TightnessThresholds(
                tightness.strongShortage() == null ? d.strongShortage() : tightness.strongShortage(),
                tightness.shortage() == null ? d.shortage() : tightness.shortage(),
                tightness.balance() == null ? d.balance() : tightness.balance(),
                tightness.surplus() == null ? d.surplus() : tightness.surplus());
    }

    Suppression suppression() {
        return new Suppression(suppressionThreshold);
    }

    ShortageRule shortageRule() {
        ShortageRule d = ShortageRule.DEFAULT;
        if (persistentShortage == null) {
            return d;
        }
        return new ShortageRule(
                persistentShortage.months() == null ? d.months() : persistentShortage.months(),
                persistentShortage.of() == null ? d.of() : persistentShortage.of());
    }
}
