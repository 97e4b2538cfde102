package fi.livskraft.area;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * A municipality with everything the area module knows about it, for other modules' pages (the
 * municipality's situation): region, sub-region, employment area, former municipalities merged into
 * it and the latest population.
 */
@Service
public class MunicipalityProfiles {

    /** The municipality's profile; sub-region and employment area null where none is recorded. */
    public record Profile(
            Municipality municipality,
            Region region,
            SubRegion subRegion,
            EmploymentArea employmentArea,
            List<FormerMunicipality> formerMunicipalities,
            MunicipalityPopulations.Figure population) {}

    private final AreaDirectory directory;
    private final Regions regions;
    private final EmploymentAreas areas;
    private final FormerMunicipalities former;
    private final MunicipalityPopulations populations;

    MunicipalityProfiles(
            AreaDirectory directory,
            Regions regions,
            EmploymentAreas areas,
            FormerMunicipalities former,
            MunicipalityPopulations populations) {
        this.directory = directory;
        this.regions = regions;
        this.areas = areas;
        this.former = former;
        this.populations = populations;
    }

    public Optional<Profile> profile(String code) {
        return directory
                .municipality(code)
                .map(m -> new Profile(
                        m,
                        regions.find(m.regionCode()).orElseThrow(),
                        regions.subRegions().stream()
                                .filter(s -> s.code().equals(m.subRegionCode()))
                                .findFirst()
                                .orElse(null),
                        m.employmentAreaId() == null
                                ? null
                                : areas.find(m.employmentAreaId()).orElse(null),
                        former.mergedInto(code),
                        populations.latest(code).orElse(null)));
    }

    /** Today's code of a former municipality's code, if it was merged. */
    public Optional<String> currentCodeOf(String formerCode) {
        return former.currentCodeOf(formerCode);
    }
}
