package fi.livskraft.insight;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The levels an analysis can be asked for, with the area-code prefix of each (as in the StatFin
 * employment-service tables: SSS, MKnn, SKnnn, KUnnn; employment areas TA:id).
 */
public enum AreaLevel {
    COUNTRY("SSS"),
    REGION("MK"),
    SUB_REGION("SK"),
    MUNICIPALITY("KU"),
    EMPLOYMENT_AREA("TA:");

    private final String prefix;

    AreaLevel(String prefix) {
        this.prefix = prefix;
    }

    /** The parameter value: country, region, sub-region, municipality, employment-area. */
    public String param() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String labelKey() {
        return "insight.level." + param();
    }

    /** Whether the labour-market tables give occupations here directly (12ti: country and regions). */
    public boolean direct() {
        return this == COUNTRY || this == REGION;
    }

    public static Optional<AreaLevel> fromParam(String value) {
        return Arrays.stream(values()).filter(l -> l.param().equals(value)).findFirst();
    }

    /** The level of a well-formed area code, or empty. */
    public static Optional<AreaLevel> ofCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        if (code.equals("SSS")) {
            return Optional.of(COUNTRY);
        }
        if (code.matches("MK\\d{2}")) {
            return Optional.of(REGION);
        }
        if (code.matches("SK\\d{3}")) {
            return Optional.of(SUB_REGION);
        }
        if (code.matches("KU\\d{3}")) {
            return Optional.of(MUNICIPALITY);
        }
        if (code.matches("TA:[a-z0-9-]{1,64}")) {
            return Optional.of(EMPLOYMENT_AREA);
        }
        return Optional.empty();
    }

    /** The code without its prefix (region 15, municipality 905, employment area id). */
    public String bare(String code) {
        return this == COUNTRY ? code : code.substring(prefix.length());
    }

    public String code(String bare) {
        return this == COUNTRY ? "SSS" : prefix + bare;
    }
}
