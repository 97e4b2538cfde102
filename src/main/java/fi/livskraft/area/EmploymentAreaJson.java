package fi.livskraft.area;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** An employment area as the API shows it. */
@Schema(name = "EmploymentArea", description = "An employment area of 2025 (TE24 reform, Act 380/2023)")
record EmploymentAreaJson(
        @Schema(example = "helsinki") String id,
        String nameFi,
        String nameSv,
        String nameEn,
        @Schema(example = "091", nullable = true) String leadMunicipalityCode,
        List<String> municipalityCodes,

        @Schema(description = "where the row came from: 'verified: <source>' or 'best reading, verify'")
        String sourceNote,

        @Schema(description = "send it back with a correction (optimistic locking)")
        int version) {

    static EmploymentAreaJson from(EmploymentArea a) {
        return new EmploymentAreaJson(
                a.id(),
                a.names().fi(),
                a.names().sv(),
                a.names().en(),
                a.leadMunicipalityCode(),
                a.municipalityCodes(),
                a.sourceNote(),
                a.version());
    }
}
