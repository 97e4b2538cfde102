package fi.livskraft.economypages;

import fi.livskraft.area.AreaDirectory;
import fi.livskraft.classification.Classifications;
import fi.livskraft.common.FieldError;
import fi.livskraft.common.InvalidInputException;
import fi.livskraft.common.Names;
import fi.livskraft.economy.CostParameters;
import fi.livskraft.economy.Model;
import fi.livskraft.economy.ProvisionScenario;
import fi.livskraft.economy.ScenarioInputs;
import fi.livskraft.economy.ScenarioResult;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Checks a scenario's inputs, runs it with the AN2024 rules in force on 1 January of its start year. */
@Service
class ScenarioService {

    private final EconomyRules rules;
    private final Classifications classifications;
    private final AreaDirectory directory;
    private final AreaCatalogue areas;

    ScenarioService(EconomyRules rules, Classifications classifications, AreaDirectory directory, AreaCatalogue areas) {
        this.rules = rules;
        this.classifications = classifications;
        this.directory = directory;
        this.areas = areas;
    }

    ScenarioInputs inputs(ScenarioForm form) {
        return form.toInputs(
                code -> classifications.qualification(code).isPresent(),
                area -> area.matches("\\d{3}")
                        ? directory.municipality(area).filter(m -> !m.inAland()).isPresent()
                        : areas.area(area).isPresent());
    }

    ScenarioResult run(ScenarioInputs inputs) {
        LocalDate date = LocalDate.of(inputs.startYear(), 1, 1);
        CostParameters an2024 = rules.inForce(Model.AN2024, date)
                .orElseThrow(() -> new InvalidInputException(
                        FieldError.of("startYear", "economypages.scenario.error.no-rules", inputs.startYear())));
        return ProvisionScenario.run(inputs, an2024);
    }

    /** The qualification's name, for showing. */
    Optional<Names> qualificationName(String code) {
        return classifications.qualification(code).map(q -> q.names());
    }

    /** The area's name (a municipality or an employment area), for showing. */
    Optional<Names> areaName(String area) {
        if (area.matches("\\d{3}")) {
            return directory.municipality(area).map(m -> m.names());
        }
        return areas.area(area).map(AreaCatalogue.Area::names);
    }
}
