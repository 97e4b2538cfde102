package fi.livskraft.operations;

import java.time.LocalDate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** A backup of the running instance's database, for the coordinator (HTTP Basic). */
@RestController
class BackupApi {

    private final DatabaseBackup backup;

    BackupApi(DatabaseBackup backup) {
        this.backup = backup;
    }

    @GetMapping("/api/v1/operations/backup")
    @PreAuthorize("hasRole('COORDINATOR')")
    ResponseEntity<StreamingResponseBody> backup() {
        StreamingResponseBody body = backup::write;
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"livskraft-" + LocalDate.now() + ".backup.zip\"")
                .body(body);
    }
}
