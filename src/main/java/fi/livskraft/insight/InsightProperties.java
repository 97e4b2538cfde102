package fi.livskraft.insight;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code livskraft.evidence.*}: tightness class bounds and the small-cell suppression threshold. */
@ConfigurationProperties("livskraft.evidence")
record InsightProperties(Bounds tightness, Integer suppressionThreshold) {

    /** Lower bounds of the classes on V/U (see application.yml for where they come from). */
    record Bounds(BigDecimal strongShortage, BigDecimal shortage, BigDecimal balance, BigDecimal surplus) {}

    InsightProperties {
        suppressionThreshold = suppressionThreshold == null ? Suppression.DEFAULT_THRESHOLD : suppressionThreshold;
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
}
