package fi.livskraft.area;

import io.swagger.v3.oas.annotations.media.Schema;

/** A sub-region as the API shows it. */
@Schema(name = "SubRegion", description = "A sub-region (seutukunta), code without the SK prefix")
record SubRegionJson(
        @Schema(example = "011") String code,
        @Schema(example = "Helsinki") String nameFi,
        @Schema(example = "Helsingfors") String nameSv,
        @Schema(example = "01") String regionCode) {

    static SubRegionJson from(SubRegion s) {
        return new SubRegionJson(s.code(), s.names().fi(), s.names().sv(), s.regionCode());
    }
}
