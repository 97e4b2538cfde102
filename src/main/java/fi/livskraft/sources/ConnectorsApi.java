package fi.livskraft.sources;

import fi.livskraft.account.Actor;
import fi.livskraft.common.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The connectors for API clients of the coordinator: their state, and "fetch now". */
@RestController
@RequestMapping("/api/v1/sources/connectors")
@PreAuthorize("hasRole('COORDINATOR')")
@Tag(name = "Sources", description = "Connectors to official open data (StatFin, Kela, Vipunen)")
class ConnectorsApi {

    private final Connectors connectors;
    private final ConnectorMessages messages;

    ConnectorsApi(Connectors connectors, ConnectorMessages messages) {
        this.connectors = connectors;
        this.messages = messages;
    }

    /** A connector as the API shows it; {@code enabled} is false when scheduled sync is off. */
    record ConnectorJson(
            String id,
            String publisher,
            String dataset,
            boolean enabled,
            Instant lastFetchAt,
            String vintage,
            Instant nextFetchAt,
            String status,
            String lastError) {}

    @GetMapping
    @Operation(
            summary = "Every connector with its state",
            description = "status: NEVER, RUNNING, OK or FAILED; lastError in the request's language. enabled is"
                    + " false (and nextFetchAt null) when scheduled sync is off (LIVSKRAFT_SYNC).")
    List<ConnectorJson> list(Locale locale) {
        return connectors.list().stream().map(v -> json(v, locale)).toList();
    }

    @PostMapping("/{id}/fetch")
    @Operation(
            summary = "Starts a fetch of one connector now, in the background",
            description = "Allowed also when scheduled sync is off. Poll the list for the outcome.")
    @ApiResponse(responseCode = "202", description = "Started")
    @ApiResponse(responseCode = "404", description = "No such connector")
    @ApiResponse(responseCode = "409", description = "A fetch of this connector is running already")
    ResponseEntity<Object> fetch(@PathVariable String id, Locale locale) {
        String by = Actor.current().map(Actor::username).orElse("unknown");
        try {
            return ResponseEntity.status(HttpStatus.ACCEPTED).body(json(connectors.fetchNow(id, by), locale));
        } catch (InvalidInputException e) {
            return ResponseEntity.status(HttpStatus.CONFLICT)
                    .body(Map.of(
                            "status",
                            409,
                            "errors",
                            List.of(Map.of(
                                    "field",
                                    "id",
                                    "message",
                                    messages.text(
                                            new ConnectorStore.Problem("sources.error.running", List.of(id), null),
                                            locale)))));
        }
    }

    private ConnectorJson json(Connectors.View v, Locale locale) {
        return new ConnectorJson(
                v.id(),
                v.publisher(),
                v.dataset(),
                v.enabled(),
                v.lastFetchAt(),
                v.vintage(),
                v.nextFetchAt(),
                v.status(),
                messages.text(v.error(), locale));
    }
}
