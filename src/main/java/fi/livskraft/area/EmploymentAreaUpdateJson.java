package fi.livskraft.area;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** The coordinator's correction of an employment area, as sent to the API. */
@Schema(name = "EmploymentAreaUpdate")
record EmploymentAreaUpdateJson(
        @Schema(description = "the version the area was read at", example = "0")
        Integer version,

        @Schema(example = "091") String leadMunicipalityCode,

        @Schema(description = "all member municipalities; one taken from another area leaves it")
        List<String> municipalityCodes) {

    AreaChange toChange() {
        return new AreaChange(version, leadMunicipalityCode, municipalityCodes);
    }
}
