package fi.livskraft.area;

import java.util.List;
import java.util.Objects;

/**
 * A coordinator's correction of an employment area: the version it was read at, the lead
 * municipality and the complete list of member municipalities. Checked by {@link EmploymentAreas}.
 */
record AreaChange(Integer version, String leadMunicipalityCode, List<String> municipalityCodes) {

    AreaChange {
        leadMunicipalityCode = leadMunicipalityCode == null ? "" : leadMunicipalityCode.strip();
        municipalityCodes = municipalityCodes == null
                ? List.of()
                : municipalityCodes.stream()
                        .filter(Objects::nonNull)
                        .map(String::strip)
                        .filter(c -> !c.isEmpty())
                        .distinct()
                        .toList();
    }
}
