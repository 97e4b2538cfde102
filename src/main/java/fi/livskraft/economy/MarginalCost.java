package fi.livskraft.economy;

import java.math.BigDecimal;

/** The cost of one more day, month or year for a person at an accumulated day count. */
public record MarginalCost(MarginalPeriod period, PersonCost spell) {

    /** Rounded half up to the cent. */
    public BigDecimal cost() {
        return spell.cost();
    }
}
