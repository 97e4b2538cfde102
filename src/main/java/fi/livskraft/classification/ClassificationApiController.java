package fi.livskraft.classification;

import fi.livskraft.common.FieldError;
import fi.livskraft.common.InvalidInputException;
import fi.livskraft.common.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Public JSON API of the classifications: vocational qualifications and ISCO-08 groups. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Classifications", description = "Vocational qualifications and ISCO-08 occupation groups (public)")
class ClassificationApiController {

    private final Classifications classifications;

    ClassificationApiController(Classifications classifications) {
        this.classifications = classifications;
    }

    /** A vocational qualification in the API. */
    record QualificationBody(String code, QualificationType type, String nameFi, String nameSv, String nameEn) {

        static QualificationBody from(Qualification q) {
            return new QualificationBody(
                    q.code(),
                    q.type(),
                    q.names().fi(),
                    q.names().sv(),
                    q.names().en());
        }
    }

    /** An ISCO-08 group in the API. */
    record IscoGroupBody(String code, int level, String parentCode, String nameFi, String nameSv, String nameEn) {

        static IscoGroupBody from(IscoGroup g) {
            return new IscoGroupBody(
                    g.code(),
                    g.level(),
                    g.parentCode(),
                    g.names().fi(),
                    g.names().sv(),
                    g.names().en());
        }
    }

    @GetMapping("/qualifications")
    @Operation(
            summary = "Vocational qualifications",
            description = "Source: Opetushallitus Koodistopalvelu, code list koulutus. Ordered by code.")
    List<QualificationBody> qualifications(
            @Parameter(description = "UPPER_SECONDARY, FURTHER or SPECIALIST; all types when absent")
                    @RequestParam(required = false)
                    String type,
            @Parameter(description = "Text in the Finnish, Swedish or English name, or the start of the code")
                    @RequestParam(required = false)
                    String q) {
        return classifications.qualifications(type(type), q).stream()
                .map(QualificationBody::from)
                .toList();
    }

    @GetMapping("/qualifications/{code}")
    @Operation(summary = "One vocational qualification by its 6-digit code")
    @ApiResponse(responseCode = "404", description = "No qualification has this code")
    QualificationBody qualification(@PathVariable String code) {
        return classifications
                .qualification(code)
                .map(QualificationBody::from)
                .orElseThrow(() -> new NotFoundException("qualification", code));
    }

    @GetMapping("/isco")
    @Operation(
            summary = "ISCO-08 occupation groups",
            description = "Labels: ESCO v1.1.1, © European Union; ISCO-08 / Statistics Finland Ammattiluokitus 2010."
                    + " Ordered by code.")
    List<IscoGroupBody> isco(
            @Parameter(description = "1 (major group) to 4 (unit group); every level when absent")
                    @RequestParam(required = false)
                    Integer level) {
        if (level != null && (level < 1 || level > 4)) {
            throw new InvalidInputException(FieldError.of("level", "classification.error.level", level));
        }
        return classifications.iscoGroups(level).stream()
                .map(IscoGroupBody::from)
                .toList();
    }

    @GetMapping("/isco/{code}")
    @Operation(summary = "One ISCO-08 group by its code (1 to 4 digits)")
    @ApiResponse(responseCode = "404", description = "No group has this code")
    IscoGroupBody iscoGroup(@PathVariable String code) {
        return classifications
                .iscoGroup(code)
                .map(IscoGroupBody::from)
                .orElseThrow(() -> new NotFoundException("occupation group", code));
    }

    private static QualificationType type(String type) {
        if (type == null || type.isBlank()) {
            return null;
        }
        return Arrays.stream(QualificationType.values())
                .filter(t -> t.name().equalsIgnoreCase(type.strip()))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException(FieldError.of(
                        "type",
                        "classification.error.type",
                        type,
                        Arrays.stream(QualificationType.values())
                                .map(Enum::name)
                                .collect(Collectors.joining(", ")))));
    }
}
