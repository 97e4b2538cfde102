package fi.livskraft.economypages;

import java.util.Locale;
import java.util.Optional;

/**
 * The benefits the home municipality co-finances under AN2024, as Kela's open data names them
 * (Finnish, Swedish) or by our own name: the three of 2025 and general support (yleistuki), which
 * replaces the labour market subsidy and the basic daily allowance from 1.5.2026.
 */
enum KelaBenefit {
    LABOUR_MARKET_SUBSIDY("työmarkkinatuki", "arbetsmarknadsstöd"),
    BASIC_ALLOWANCE("peruspäiväraha", "grunddagpenning"),
    EARNINGS_RELATED_BASIC("ansiopäivärahan perusosa", "grunddelen av inkomstrelaterad dagpenning"),
    /** From 1.5.2026: replaces the labour market subsidy and the basic daily allowance. */
    GENERAL_SUPPORT("yleistuki", "allmänt stöd");

    private final String finnish;
    private final String swedish;

    KelaBenefit(String finnish, String swedish) {
        this.finnish = finnish;
        this.swedish = swedish;
    }

    /** Message key of the benefit's name. */
    public String labelKey() {
        return "economypages.benefit." + name();
    }

    /** The benefit for a label in a file: our name, or Kela's Finnish or Swedish name (any case). */
    static Optional<KelaBenefit> parse(String label) {
        String l = label == null ? "" : label.strip().toLowerCase(Locale.ROOT);
        for (KelaBenefit b : values()) {
            if (l.equals(b.name().toLowerCase(Locale.ROOT)) || l.equals(b.finnish) || l.equals(b.swedish)) {
                return Optional.of(b);
            }
        }
        if (l.equals("ansiopäiväraha, perusosa") || l.equals("ansiosidonnaisen päivärahan perusosa")) {
            return Optional.of(EARNINGS_RELATED_BASIC);
        }
        return Optional.empty();
    }
}
