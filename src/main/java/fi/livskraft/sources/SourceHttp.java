package fi.livskraft.sources;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * HTTP for the connectors: connect and read timeouts, retries with exponential backoff on a
 * timeout, a broken connection, HTTP 429 or 5xx (never on another 4xx), and every response body
 * streamed to a temporary file held to {@code max-response-bytes}. The caller deletes the file.
 */
@Component
class SourceHttp {

    private static final Logger log = LoggerFactory.getLogger(SourceHttp.class);

    private final SourcesSettings settings;
    private final HttpClient client;

    SourceHttp(SourcesSettings settings) {
        this.settings = settings;
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    Path get(URI uri) {
        return send(HttpRequest.newBuilder(uri).GET().header("Accept", "application/json, text/csv, */*"), uri);
    }

    Path postJson(URI uri, String body) {
        return send(
                HttpRequest.newBuilder(uri)
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                        .header("Content-Type", "application/json")
                        .header("Accept", "application/json"),
                uri);
    }

    private Path send(HttpRequest.Builder request, URI uri) {
        HttpRequest built = request.timeout(settings.readTimeout())
                .header("User-Agent", "Livskraft (open data connector)")
                .build();
        int attempts = settings.retries() + 1;
        SourceFailure last = null;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            try {
                return once(built, uri);
            } catch (Retryable e) {
                last = e.failure;
                if (attempt < attempts) {
                    Duration wait = settings.backoff().multipliedBy(1L << Math.min(attempt - 1, 16));
                    log.info(
                            "{} failed ({}), attempt {} of {}; retrying in {}",
                            uri,
                            last.getMessage(),
                            attempt,
                            attempts,
                            wait);
                    sleep(wait);
                }
            }
        }
        throw last;
    }

    private Path once(HttpRequest request, URI uri) {
        HttpResponse<InputStream> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            throw new Retryable(new SourceFailure(
                    "sources.error.timeout", uri, settings.readTimeout().toSeconds()));
        } catch (IOException e) {
            throw new Retryable(new SourceFailure("sources.error.unreachable", uri, String.valueOf(e.getMessage())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SourceFailure("sources.error.interrupted", uri);
        }
        int status = response.statusCode();
        try (InputStream body = response.body()) {
            if (status == 429 || status >= 500) {
                throw new Retryable(new SourceFailure("sources.error.status", uri, status));
            }
            if (status < 200 || status >= 300) {
                throw new SourceFailure("sources.error.status", uri, status);
            }
            return spool(body, uri);
        } catch (IOException e) {
            throw new Retryable(new SourceFailure("sources.error.unreachable", uri, String.valueOf(e.getMessage())));
        }
    }

    private Path spool(InputStream body, URI uri) throws IOException {
        Path file = Files.createTempFile("livskraft-source-", ".bin");
        boolean ok = false;
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            int n;
            while ((n = body.read(buffer)) != -1) {
                total += n;
                if (total > settings.maxResponseBytes()) {
                    throw new SourceFailure("sources.error.too-large", uri, settings.maxResponseBytes());
                }
                out.write(buffer, 0, n);
            }
            ok = true;
            return file;
        } finally {
            if (!ok) {
                Files.deleteIfExists(file);
            }
        }
    }

    private static void sleep(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SourceFailure("sources.error.interrupted", "");
        }
    }

    /** A failure worth another attempt. */
    private static final class Retryable extends RuntimeException {
        final SourceFailure failure;

        Retryable(SourceFailure failure) {
            super(failure.getMessage(), null, false, false);
            this.failure = failure;
        }
    }
}
