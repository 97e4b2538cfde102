package fi.livskraft.insight;

import fi.livskraft.common.InvalidInputException;
import fi.livskraft.common.NotFoundException;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * One row of the supply-against-demand analysis as it stands now (public view, small cells
 * suppressed), for other modules that cite it (meeting agendas). Empty when the area is unknown or
 * the current vintage has no row for the occupation.
 */
@Service
public class GapLookup {

    /** The row with the area, the months and the sources it was computed from. */
    public record CitedGap(AreaRef area, GapRow row, List<String> periods, List<SourceRef> sources) {}

    private final Insights insights;

    GapLookup(Insights insights) {
        this.insights = insights;
    }

    public Optional<CitedGap> current(String areaCode, String iscoCode, String language) {
        Insights.GapReport report;
        try {
            report = insights.gapForCurrentUser(areaCode, null, language, null, null);
        } catch (InvalidInputException | NotFoundException e) {
            return Optional.empty();
        }
        return report.rows().stream()
                .filter(r -> r.iscoCode().equals(iscoCode))
                .findFirst()
                .map(r -> new CitedGap(report.area(), r, report.periods(), report.sources()));
    }
}
