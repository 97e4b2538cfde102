package fi.livskraft.economy;

import fi.livskraft.area.AreaDirectory;
import fi.livskraft.area.Municipality;
import fi.livskraft.classification.Classifications;
import fi.livskraft.common.FieldError;
import fi.livskraft.common.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Checks a {@link ScenarioDraft}, fills the defaults, finds the AN2024 parameters in force on 1
 * January of the start year and runs the {@link ProvisionScenario} (public API of the module).
 * Stores nothing.
 */
@Service
public class ScenarioCalculator {

    static final int MAX_START_PLACES = 10_000;
    static final int MAX_STUDY_YEARS = 10;
    static final int MAX_HORIZON_YEARS = 15;
    /** 5 paid days a week for 52 weeks. */
    static final int MAX_DAYS_PER_YEAR = 260;

    static final int MAX_ACCUMULATED_DAYS = 20_000;
    static final BigDecimal MAX_UNIT_PRICE = new BigDecimal("1000000");

    private final Classifications classifications;
    private final AreaDirectory areas;
    private final EconomyConfiguration configuration;

    ScenarioCalculator(Classifications classifications, AreaDirectory areas, EconomyConfiguration configuration) {
        this.classifications = classifications;
        this.areas = areas;
        this.configuration = configuration;
    }

    public ScenarioResult calculate(ScenarioDraft draft) {
        ScenarioInputs inputs = check(draft);
        CostParameters an2024 =
                configuration.require(Model.AN2024, LocalDate.of(inputs.startYear(), 1, 1), "startYear");
        return ProvisionScenario.run(inputs, an2024);
    }

    /** The inputs with defaults filled, or every broken rule as a field error. */
    public ScenarioInputs check(ScenarioDraft d) {
        List<FieldError> errors = new ArrayList<>();
        String qualification =
                d.qualificationCode() == null ? "" : d.qualificationCode().strip();
        if (qualification.isEmpty()) {
            errors.add(FieldError.of("qualificationCode", "economy.error.required"));
        } else if (classifications.qualification(qualification).isEmpty()) {
            errors.add(FieldError.of("qualificationCode", "economy.error.unknown-qualification", qualification));
        }
        String area = d.area() == null ? "" : d.area().strip();
        checkArea(area).ifPresent(errors::add);
        Integer places = d.extraStartPlaces();
        if (places == null) {
            errors.add(FieldError.of("extraStartPlaces", "economy.error.required"));
        } else if (places <= 0 || places > MAX_START_PLACES) {
            errors.add(FieldError.of("extraStartPlaces", "economy.error.start-places", MAX_START_PLACES));
        }
        int startYear = or(d.startYear(), LocalDate.now().getYear() + 1);
        if (startYear < 2025 || startYear > 2100) {
            errors.add(FieldError.of("startYear", "economy.error.start-year"));
        }
        int studyYears = or(d.studyYears(), ScenarioInputs.DEFAULT_STUDY_YEARS);
        range(errors, "studyYears", studyYears, 1, MAX_STUDY_YEARS);
        int horizon = or(d.horizonYears(), ScenarioInputs.DEFAULT_HORIZON_YEARS);
        range(errors, "horizonYears", horizon, 1, MAX_HORIZON_YEARS);
        int days = or(d.avoidedDaysPerYear(), ScenarioInputs.DEFAULT_AVOIDED_DAYS_PER_YEAR);
        range(errors, "avoidedDaysPerYear", days, 0, MAX_DAYS_PER_YEAR);
        int accumulated = or(d.startAccumulatedDays(), ScenarioInputs.DEFAULT_START_ACCUMULATED_DAYS);
        range(errors, "startAccumulatedDays", accumulated, 0, MAX_ACCUMULATED_DAYS);
        BigDecimal completion =
                rate(errors, "completionRate", d.completionRate(), ScenarioInputs.DEFAULT_COMPLETION_RATE);
        BigDecimal employed = rate(errors, "employedShare", d.employedShare(), ScenarioInputs.DEFAULT_EMPLOYED_SHARE);
        BigDecimal counterfactual = rate(
                errors,
                "counterfactualUnemployedShare",
                d.counterfactualUnemployedShare(),
                ScenarioInputs.DEFAULT_COUNTERFACTUAL_SHARE);
        BigDecimal price =
                d.unitPricePerStudentYear() == null ? ScenarioInputs.DEFAULT_UNIT_PRICE : d.unitPricePerStudentYear();
        if (price.signum() < 0
                || price.compareTo(MAX_UNIT_PRICE) > 0
                || price.stripTrailingZeros().scale() > 2) {
            errors.add(FieldError.of("unitPricePerStudentYear", "economy.error.unit-price"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new ScenarioInputs(
                qualification,
                area,
                places,
                startYear,
                studyYears,
                completion,
                employed,
                counterfactual,
                days,
                accumulated,
                price,
                horizon);
    }

    private Optional<FieldError> checkArea(String area) {
        if (area.isEmpty()) {
            return Optional.of(FieldError.of("area", "economy.error.required"));
        }
        if (area.matches("\\d{3}")) {
            Optional<Municipality> municipality = areas.municipality(area);
            if (municipality.isEmpty()) {
                return Optional.of(FieldError.of("area", "economy.error.unknown-area", area));
            }
            if (municipality.get().inAland()) {
                return Optional.of(FieldError.of("area", "economy.error.aland", area));
            }
            return Optional.empty();
        }
        boolean employmentArea = areas.municipalities().stream().anyMatch(m -> area.equals(m.employmentAreaId()));
        return employmentArea
                ? Optional.empty()
                : Optional.of(FieldError.of("area", "economy.error.unknown-area", area));
    }

    private static int or(Integer value, int otherwise) {
        return value == null ? otherwise : value;
    }

    private static void range(List<FieldError> errors, String field, int value, int min, int max) {
        if (value < min || value > max) {
            errors.add(FieldError.of(field, "economy.error.range", min, max));
        }
    }

    private static BigDecimal rate(List<FieldError> errors, String field, BigDecimal value, BigDecimal otherwise) {
        BigDecimal rate = value == null ? otherwise : value;
        if (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) > 0) {
            errors.add(FieldError.of(field, "economy.error.rate"));
        } else if (rate.stripTrailingZeros().scale() > 4) {
            errors.add(FieldError.of(field, "economy.error.rate-decimals"));
        }
        return rate;
    }
}
