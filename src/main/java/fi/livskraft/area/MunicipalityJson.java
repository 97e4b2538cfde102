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
        String employmentAreaId,

        @Schema(
                description = "the latest population on record (31 December of the year), null when none",
                nullable = true)
        PopulationJson population) {

    /** A population on 31 December of a year, with its source. */
    @Schema(name = "Population")
    record PopulationJson(
            @Schema(example = "2022") int year,
            @Schema(example = "305274") int value,

            @Schema(example = "Statistics Finland, population on 31 December")
            String source) {

        static PopulationJson from(MunicipalityPopulations.Figure f) {
            return new PopulationJson(f.year(), f.population(), f.source());
        }
    }

    static MunicipalityJson from(Municipality m, MunicipalityPopulations.Figure population) {
        return new MunicipalityJson(
                m.code(),
                m.names().fi(),
                m.names().sv(),
                m.names().en(),
                m.regionCode(),
                m.subRegionCode(),
                m.languageStatus(),
                m.employmentAreaId(),
                population == null ? null : PopulationJson.from(population));
    }
}
