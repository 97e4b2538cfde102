package fi.livskraft.evidence;

import fi.livskraft.account.Actor;
import fi.livskraft.common.FieldError;
import fi.livskraft.common.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Statistics imports for API clients of the coordinator (HTTP Basic); runs every FactImporter. */
@RestController
@RequestMapping("/api/v1/imports")
@PreAuthorize("hasRole('COORDINATOR')")
@Tag(name = "Imports", description = "Import statistics (JSON-stat 2.0, long CSV, and the other modules' formats)")
class ImportsApiController {

    private final ImportJobs jobs;
    private final Imports imports;
    private final MessageSource messages;

    ImportsApiController(ImportJobs jobs, Imports imports, MessageSource messages) {
        this.jobs = jobs;
        this.imports = imports;
        this.messages = messages;
    }

    /** A warning with its place and its message in the request's language. */
    record WarningBody(String file, int row, String field, String message) {}

    /** The report of a stored import. */
    record ReportBody(
            String format,
            String file,
            ImportOutcome.SourceBody source,
            long cellsRead,
            long cellsStored,
            List<WarningBody> warnings,
            long durationMs) {}

    /** A format the API accepts. */
    record FormatBody(String format, String label, String description) {}

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Import a statistics file",
            description = "Streams the uploaded file (up to 2 GB) through the importer of the format. All or"
                    + " nothing: a refused file stores nothing and is answered 400 with errors [{file, row,"
                    + " field, message}]. Re-importing the same publisher, dataset and vintage replaces it.")
    @ApiResponse(responseCode = "201", description = "Imported; the report")
    @ApiResponse(
            responseCode = "400",
            description = "Unknown format (the formats available are named), no file, or the file was refused")
    ReportBody importFile(
            @Parameter(description = "Importer format, e.g. jsonstat2 or csv") @RequestParam(required = false)
                    String format,
            @Parameter(description = "The file to import") @RequestParam(required = false) MultipartFile file,
            Locale locale)
            throws IOException {
        imports.require(format);
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException(FieldError.of("file", "evidence.imports.no-file"));
        }
        String fileName = Imports.fileName(file.getOriginalFilename());
        String by = Actor.current().map(Actor::username).orElse("api");
        try (InputStream in = file.getInputStream()) {
            ImportOutcome o = jobs.runNow(format, fileName, in, by);
            return new ReportBody(
                    o.format(),
                    o.file(),
                    o.source(),
                    o.cellsRead(),
                    o.cellsStored(),
                    o.warnings().stream()
                            .map(w -> new WarningBody(w.file(), w.row(), w.field(), message(w, locale)))
                            .toList(),
                    o.durationMs());
        }
    }

    @GetMapping("/formats")
    @Operation(summary = "The import formats available")
    List<FormatBody> formats(Locale locale) {
        return imports.importers().stream()
                .map(i -> new FormatBody(
                        i.format(),
                        messages.getMessage(i.labelKey(), null, i.labelKey(), locale),
                        messages.getMessage(i.descriptionKey(), null, i.descriptionKey(), locale)))
                .toList();
    }

    private String message(ImportOutcome.Problem p, Locale locale) {
        return messages.getMessage(p.messageKey(), p.arguments().toArray(), p.messageKey(), locale);
    }
}
