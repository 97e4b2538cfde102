package fi.livskraft.insight;

import fi.livskraft.common.Names;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.stereotype.Service;

/**
 * The tightness of one occupation in every region and the whole country, as the public sees it
 * (small cells suppressed), for the newest month (public API of the module, for the map): the same
 * figures as the occupation page {@code /evidence/occupations/{isco}}.
 */
@Service
public class RegionalTightness {

    /**
     * @param byRegion tightness by 2-digit region code (a region without a figure has no ratio)
     * @param period the month (2026M10), null when there are no labour-market facts
     */
    public record OccupationMap(
            String iscoCode,
            Names names,
            String period,
            Tightness country,
            Map<String, Tightness> byRegion,
            List<SourceRef> sources) {}

    private final Insights insights;
    private final EvidenceFacts facts;

    RegionalTightness(Insights insights, EvidenceFacts facts) {
        this.insights = insights;
        this.facts = facts;
    }

    /** The occupation's tightness by region in the newest month; empty for an unknown 4-digit code. */
    public Optional<OccupationMap> of(String iscoCode) {
        if (iscoCode == null
                || !iscoCode.matches("\\d{4}")
                || facts.isco(iscoCode).isEmpty()) {
            return Optional.empty();
        }
        Insights.OccupationReport report = insights.occupation(iscoCode, null);
        Map<String, Tightness> byRegion = new LinkedHashMap<>();
        report.regions().forEach(r -> byRegion.put(r.area().regionCode(), r.tightness()));
        return Optional.of(new OccupationMap(
                iscoCode, report.names(), report.period(), report.country().tightness(), byRegion, report.sources()));
    }

    /** The 4-digit ISCO groups with their names, by code (for a picker). */
    public Map<String, Names> occupations() {
        Map<String, Names> out = new TreeMap<>();
        facts.iscoNames().forEach((code, names) -> {
            if (code.matches("\\d{4}")) {
                out.put(code, names);
            }
        });
        return out;
    }
}
