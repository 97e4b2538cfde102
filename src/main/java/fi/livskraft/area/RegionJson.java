package fi.livskraft.area;

import io.swagger.v3.oas.annotations.media.Schema;

/** A region as the API shows it. */
@Schema(name = "Region", description = "A region (maakunta) of 2025 (Statistics Finland maakunta_1_20250101)")
record RegionJson(
        @Schema(example = "01") String code,
        @Schema(example = "Uusimaa") String nameFi,
        @Schema(example = "Nyland") String nameSv,
        @Schema(example = "Uusimaa") String nameEn,
        @Schema(example = "26") int municipalityCount) {

    static RegionJson from(Region r) {
        return new RegionJson(
                r.code(), r.names().fi(), r.names().sv(), r.names().en(), r.municipalityCount());
    }
}
