package fi.livskraft.steering;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The catalogue of indicators a goal may measure: computed from the evidence (graduates' employment
 * rate, completion, share of start places taught in Swedish, tightness), reported by the provider
 * (student feedback, workplace feedback, cost per student-year), and not available yet (coverage of
 * confirmed workforce needs: needs are not recorded yet; the municipalities' AN2024 saving: estimated
 * per scenario on the economy pages, not as a yearly series of a provider).
 */
@Service
public class IndicatorCatalogue {

    private final List<Indicator> indicators;

    IndicatorCatalogue(
            EmploymentRateIndicator employment,
            CompletionIndicator completion,
            SwedishStartPlacesIndicator swedish,
            TightnessIndicator tightness) {
        List<Indicator> all = new ArrayList<>(List.of(employment, completion, swedish, tightness));
        all.add(new Fixed("WORKFORCE_NEEDS_COVERAGE", Unit.PERCENT, Direction.UP, Indicator.Kind.NOT_AVAILABLE));
        all.add(new Fixed("AN2024_SAVING", Unit.EUR, Direction.UP, Indicator.Kind.NOT_AVAILABLE));
        all.add(new Fixed("STUDENT_FEEDBACK", Unit.SCORE, Direction.UP, Indicator.Kind.REPORTED));
        all.add(new Fixed("WORKPLACE_FEEDBACK", Unit.SCORE, Direction.UP, Indicator.Kind.REPORTED));
        all.add(new Fixed("COST_PER_STUDENT_YEAR", Unit.EUR, Direction.DOWN, Indicator.Kind.REPORTED));
        this.indicators = List.copyOf(all);
    }

    public List<Indicator> all() {
        return indicators;
    }

    public Optional<Indicator> find(String code) {
        return indicators.stream().filter(i -> i.code().equals(code)).findFirst();
    }

    /** An indicator without a computation: reported by the provider, or not available yet. */
    record Fixed(String code, Unit unit, Direction direction, Indicator.Kind kind) implements Indicator {}
}
