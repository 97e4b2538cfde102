package fi.livskraft.referencedata;

import fi.livskraft.common.ImportProblem;
import fi.livskraft.common.ImportReport;
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

/** Reference-data imports for API clients of the coordinator (HTTP Basic). */
@RestController
@RequestMapping("/api/v1/reference-data/imports")
@PreAuthorize("hasRole('COORDINATOR')")
@Tag(name = "Reference data", description = "Run reference-data importers and read their history (coordinator)")
class ReferenceDataApiController {

    private final ReferenceImports imports;
    private final MessageSource messages;

    ReferenceDataApiController(ReferenceImports imports, MessageSource messages) {
        this.imports = imports;
        this.messages = messages;
    }

    /** A warning of a stored import, with its message in the request's language. */
    record ProblemBody(String file, int row, String field, String message) {}

    /** The report of a stored import. */
    record ReportBody(String dataset, String file, int rowsRead, int rowsStored, List<ProblemBody> warnings) {}

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Import a reference-data file",
            description = "All or nothing: a file with any problem stores nothing and is answered 400 with"
                    + " errors [{file, row, field, message}].")
    @ApiResponse(responseCode = "201", description = "Imported; the report")
    @ApiResponse(responseCode = "400", description = "Unknown format, no file, or the file was refused")
    ReportBody importFile(
            @Parameter(description = "Importer id, e.g. oph-koodisto-koulutus") @RequestParam(required = false)
                    String format,
            @Parameter(description = "The file to import") @RequestParam(required = false) MultipartFile file,
            Locale locale)
            throws IOException {
        boolean given = file != null && !file.isEmpty();
        String fileName = ReferenceImports.fileName(given ? file.getOriginalFilename() : null);
        try (InputStream in = given ? file.getInputStream() : InputStream.nullInputStream()) {
            ImportReport report = imports.run(format, fileName, in, given);
            return new ReportBody(
                    report.dataset(),
                    report.file(),
                    report.rowsRead(),
                    report.rowsStored(),
                    report.warnings().stream().map(w -> body(w, locale)).toList());
        }
    }

    @GetMapping
    @Operation(summary = "The history of reference-data imports, newest first")
    List<ImportHistoryEntry> history() {
        return imports.history();
    }

    private ProblemBody body(ImportProblem p, Locale locale) {
        return new ProblemBody(
                p.file(),
                p.row(),
                p.field(),
                messages.getMessage(p.messageKey(), p.arguments().toArray(), p.messageKey(), locale));
    }
}
