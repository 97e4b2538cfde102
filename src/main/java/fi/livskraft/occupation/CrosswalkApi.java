package fi.livskraft.occupation;

import fi.livskraft.classification.Classifications;
import fi.livskraft.common.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** JSON API of the qualification -> occupation crosswalk: public to read, corrected by the coordinator. */
@RestController
@RequestMapping("/api/v1/crosswalk")
@Tag(
        name = "Crosswalk",
        description = "Qualification -> ISCO-08 occupation crosswalk with weight, source, confidence and history")
class CrosswalkApi {

    private final Crosswalk crosswalk;
    private final CrosswalkEditor editor;
    private final Classifications classifications;

    CrosswalkApi(Crosswalk crosswalk, CrosswalkEditor editor, Classifications classifications) {
        this.crosswalk = crosswalk;
        this.editor = editor;
        this.classifications = classifications;
    }

    /** A crosswalk row in the API; {@code validTo} and {@code closedBy} are null while it is current. */
    record RowBody(
            long id,
            String qualificationCode,
            String iscoCode,
            BigDecimal weight,
            String source,
            Confidence confidence,
            String note,
            Instant validFrom,
            Instant validTo,
            String changedBy,
            String closedBy,
            int version) {

        static RowBody from(CrosswalkRow r) {
            return new RowBody(
                    r.id(),
                    r.qualificationCode(),
                    r.iscoCode(),
                    r.weight(),
                    r.source(),
                    r.confidence(),
                    r.note(),
                    r.validFrom(),
                    r.validTo(),
                    r.changedBy(),
                    r.closedBy(),
                    r.version());
        }
    }

    /** A qualification's crosswalk: its version (state it when changing), current rows and earlier rows. */
    record QualificationCrosswalkBody(
            String qualificationCode, long version, List<RowBody> current, List<RowBody> history) {}

    /** A row as the coordinator states it. {@code confidence} is HIGH, MEDIUM or LOW. */
    record EntryBody(String iscoCode, BigDecimal weight, String confidence, String source, String note) {

        CrosswalkEntry toEntry() {
            Confidence parsed = confidence == null
                    ? null
                    : Arrays.stream(Confidence.values())
                            .filter(c -> c.name().equalsIgnoreCase(confidence.strip()))
                            .findFirst()
                            .orElse(null);
            return new CrosswalkEntry(iscoCode, weight, parsed, source, note);
        }
    }

    /** The new current rows of a qualification, and the version they were made from. */
    record ReplaceBody(Long expectedVersion, List<EntryBody> rows) {}

    @GetMapping
    @Operation(
            summary = "Current crosswalk rows",
            description = "Seeded by Livskraft (qualification titles and ePerusteet occupational fields matched to"
                    + " ISCO-08 by hand) and corrected by the coordinator; each row names its source and confidence."
                    + " Ordered by qualification, then weight.")
    List<RowBody> current(
            @Parameter(description = "6-digit qualification code") @RequestParam(required = false) String qualification,
            @Parameter(description = "ISCO-08 code: a unit group, or the start of one (e.g. 53)")
                    @RequestParam(required = false)
                    String occupation) {
        return crosswalk.current(qualification, occupation).stream()
                .map(RowBody::from)
                .toList();
    }

    @GetMapping("/{qualificationCode}")
    @Operation(summary = "A qualification's crosswalk: version, current rows and history")
    @ApiResponse(responseCode = "404", description = "No qualification has this code")
    QualificationCrosswalkBody qualification(@PathVariable String qualificationCode) {
        if (classifications.qualification(qualificationCode).isEmpty()) {
            throw new NotFoundException("qualification", qualificationCode);
        }
        return body(qualificationCode);
    }

    @PutMapping("/{qualificationCode}")
    @PreAuthorize("hasRole('COORDINATOR')")
    @Operation(
            summary = "Replace a qualification's current rows (coordinator)",
            description = "Rows that stay the same are kept; changed rows are closed and reopened; rows left out"
                    + " are closed. Weights are shares (0-1, at most four decimals) that sum to at most 1."
                    + " Every change is audited.")
    @ApiResponse(responseCode = "400", description = "A row breaks a rule; the errors name the field")
    @ApiResponse(responseCode = "403", description = "Not a coordinator")
    @ApiResponse(responseCode = "404", description = "No qualification has this code")
    @ApiResponse(responseCode = "409", description = "expectedVersion is not the current version")
    QualificationCrosswalkBody replace(@PathVariable String qualificationCode, @RequestBody ReplaceBody body) {
        List<CrosswalkEntry> rows = body.rows() == null
                ? List.of()
                : body.rows().stream()
                        .filter(java.util.Objects::nonNull)
                        .map(EntryBody::toEntry)
                        .toList();
        editor.replace(qualificationCode, body.expectedVersion(), rows);
        return body(qualificationCode);
    }

    private QualificationCrosswalkBody body(String code) {
        return new QualificationCrosswalkBody(
                code,
                crosswalk.version(code),
                crosswalk.byQualification(code).stream().map(RowBody::from).toList(),
                crosswalk.history(code).stream().map(RowBody::from).toList());
    }
}
