package fi.livskraft.economypages;

import fi.livskraft.economy.Band;
import fi.livskraft.economy.CostParameters;
import fi.livskraft.economy.Model;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * This module's single door to the economy core: the dated parameters in force and the
 * compensation of a municipality for a year.
 */
@Component
class EconomyRules {

    static final ZoneId ZONE = ZoneId.of("Europe/Helsinki");

    /** A municipality's compensation for a year, with its version for optimistic locking. */
    record Compensation(String municipalityCode, int year, BigDecimal amount, String source, String enteredBy, int version) {}

    Optional<CostParameters> inForce(Model model, LocalDate date) {
        // TEMPORARY until EconomyConfiguration is merged from economy-core.
        if (model == Model.AN2024 && !date.isBefore(LocalDate.of(2025, 1, 1))) {
            return Optional.of(new CostParameters(null, Model.AN2024, LocalDate.of(2025, 1, 1), new BigDecimal("37.21"),
                    new BigDecimal("5"), new BigDecimal("21.5"),
                    List.of(b(1, 100, "0"), b(101, 200, "10"), b(201, 300, "20"), b(301, 400, "30"), b(401, 500, "40"),
                            b(501, null, "45")), "555/1998 (387/2023)", false, "", 0));
        }
        if (model == Model.PRE2025) {
            return Optional.of(new CostParameters(null, Model.PRE2025, LocalDate.of(2015, 1, 1), new BigDecimal("37.21"),
                    new BigDecimal("5"), new BigDecimal("21.5"),
                    List.of(b(1, 300, "0"), b(301, 1000, "50"), b(1001, null, "70")), "916/2012", false, "", 0));
        }
        return Optional.empty();
    }

    private static Band b(int f, Integer t, String s) {
        return new Band(f, t, new BigDecimal(s));
    }

    Optional<List<Band>> an2024Bands(LocalDate month) {
        return inForce(Model.AN2024, month).map(CostParameters::bands);
    }

    Optional<Compensation> compensation(String municipalityCode, int year) {
        return Optional.empty();
    }

    List<Compensation> compensations(String municipalityCode) {
        return List.of();
    }

    /** Enters or corrects a compensation (coordinator; audited; stale version: ConcurrentEditException). */
    Compensation putCompensation(String municipalityCode, int year, BigDecimal amount, String source, Integer version) {
        throw new UnsupportedOperationException();
    }
}
