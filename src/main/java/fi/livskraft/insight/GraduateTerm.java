package fi.livskraft.insight;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The graduates of one qualification counted as supply of one occupation: graduates x crosswalk
 * weight x share employed one year after graduation. The share is the region's where it has one,
 * else the nation's ({@link ShareScope}); with neither, the term adds nothing and says so.
 */
public record GraduateTerm(
        String qualificationCode,
        String language,
        Integer graduates,
        BigDecimal weight,
        BigDecimal employedShare,
        ShareScope shareScope) {

    /** Where the employed share came from. */
    public enum ShareScope {
        REGION,
        NATION,
        NONE;

        public String labelKey() {
            return "insight.share-scope." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public GraduateTerm {
        Objects.requireNonNull(qualificationCode, "qualificationCode");
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(shareScope, "shareScope");
        if ((employedShare == null) != (shareScope == ShareScope.NONE)) {
            throw new IllegalArgumentException("an employed share needs its scope, and NONE has no share");
        }
    }

    /** graduates x weight x share, two decimals half-up; 0 when the graduates or the share are unknown. */
    public BigDecimal contribution() {
        if (graduates == null || employedShare == null) {
            return BigDecimal.ZERO.setScale(GapRow.SCALE);
        }
        return BigDecimal.valueOf(graduates)
                .multiply(weight)
                .multiply(employedShare)
                .setScale(GapRow.SCALE, RoundingMode.HALF_UP);
    }
}
