package fi.livskraft.area;

import io.swagger.v3.oas.annotations.media.Schema;

/** A municipality as the API shows it. */
@Schema(name = "Municipality", description = "A municipality of 2025 (Statistics Finland kunta_1_20250101)")
record MunicipalityJson(
        @Schema(example = "049") String code,
        @Schema(example = "Espoo") String nameFi,
        @Schema(example = "Esbo") String nameSv,
        @Schema(example = "Espoo") String nameEn,
        @Schema(example = "01") String regionCode,
        @Schema(example = "011") String subRegionCode,
        @Schema(example = "BILINGUAL_FINNISH_MAJORITY") LanguageStatus languageStatus,

        @Schema(description = "null for the Åland municipalities, which belong to no employment area", nullable = true)
        String employmentAreaId) {

    static MunicipalityJson from(Municipality m) {
        return new MunicipalityJson(
                m.code(),
                m.names().fi(),
                m.names().sv(),
                m.names().en(),
                m.regionCode(),
                m.subRegionCode(),
                m.languageStatus(),
                m.employmentAreaId());
    }
}
