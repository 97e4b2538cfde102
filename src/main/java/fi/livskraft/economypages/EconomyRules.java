package fi.livskraft.economypages;

import fi.livskraft.economy.Band;
import fi.livskraft.economy.BenefitType;
import fi.livskraft.economy.Compensations;
import fi.livskraft.economy.CostParameters;
import fi.livskraft.economy.EconomyConfiguration;
import fi.livskraft.economy.Model;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * This module's single door to the economy core: the dated parameters in force
 * ({@link EconomyConfiguration}) and the compensation of a municipality for a year
 * ({@link Compensations}, which checks the coordinator role, versions and audits).
 */
@Component
class EconomyRules {

    static final ZoneId ZONE = ZoneId.of("Europe/Helsinki");

    /** A municipality's compensation for a year, with its version for optimistic locking. */
    record Compensation(
            String municipalityCode, int year, BigDecimal amount, String source, String enteredBy, int version) {

        static Compensation from(fi.livskraft.economy.Compensation c) {
            return new Compensation(
                    c.municipalityCode(), c.year(), c.amountEur(), c.source(), c.enteredBy(), c.version());
        }
    }

    private final EconomyConfiguration configuration;
    private final Compensations compensations;

    EconomyRules(EconomyConfiguration configuration, Compensations compensations) {
        this.configuration = configuration;
        this.compensations = compensations;
    }

    Optional<CostParameters> inForce(Model model, LocalDate date) {
        return configuration.inForce(model, date);
    }

    /**
     * The set in force on each date, from every set read once (two queries), for pricing many
     * months at a time without three queries per month.
     */
    Function<LocalDate, Optional<CostParameters>> inForceFromAll(Model model) {
        List<CostParameters> sets =
                configuration.all().stream().filter(s -> s.model() == model).toList();
        return date -> sets.stream()
                .filter(s -> !s.validFrom().isAfter(date))
                .max(java.util.Comparator.comparing(CostParameters::validFrom));
    }

    /** The year the first parameter set of the model comes into force, if it has any. */
    Optional<Integer> firstYear(Model model) {
        return configuration.all().stream()
                .filter(s -> s.model() == model)
                .map(s -> s.validFrom().getYear())
                .min(Integer::compare);
    }

    /** The AN2024 benefit types counted on a day (general support from 2026-05-01). */
    List<BenefitType> benefitTypes(LocalDate day) {
        return configuration.benefitTypes(day);
    }

    Optional<List<Band>> an2024Bands(LocalDate month) {
        return inForce(Model.AN2024, month).map(CostParameters::bands);
    }

    Optional<Compensation> compensation(String municipalityCode, int year) {
        return compensations.find(municipalityCode, year).map(Compensation::from);
    }

    List<Compensation> compensations(String municipalityCode) {
        return compensations.forMunicipality(municipalityCode).stream()
                .map(Compensation::from)
                .toList();
    }

    /** Enters or corrects a compensation (coordinator; audited; a stale version is a ConcurrentEditException). */
    Compensation putCompensation(String municipalityCode, int year, BigDecimal amount, String source, Integer version) {
        return Compensation.from(compensations.put(municipalityCode, year, amount, source, version));
    }
}
