package fi.livskraft.evidence;

import fi.livskraft.common.BodyTooLargeException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.core.io.JsonStringEncoder;

/**
 * A hard limit on every request body, chunked or not. The servlet multipart limit is set to what a
 * statistics import may take (2 GB, streamed to disk, counted by the container while it reads);
 * this filter, ahead of everything else, holds every other path to
 * {@code livskraft.uploads.max-request-size} (21 MB). A larger declared body ({@code
 * Content-Length}) is answered 413 before it is read. A body of unknown length (chunked) is read
 * through {@link LimitedBody}, which stops at the limit, so nothing past it is read; that too is
 * answered 413. A multipart body of unknown length is refused at once on those paths (the
 * container would parse it to its own limit first; browsers always state a file upload's length).
 * Form fields are parsed by the container within its own {@code server.tomcat.max-http-form-post-size}.
 * Only the import paths ({@code POST /imports}, {@code POST /api/v1/imports}) get the large limit.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadSizeLimits extends OncePerRequestFilter {

    static final Set<String> IMPORT_PATHS = Set.of("/imports", "/api/v1/imports");

    private final long limit;
    private final long importLimit;
    private final MessageSource messages;
    private final LocaleResolver locales;

    UploadSizeLimits(
            @Value("${livskraft.uploads.max-request-size:21MB}") DataSize limit,
            @Value("${spring.servlet.multipart.max-request-size:2GB}") DataSize importLimit,
            MessageSource messages,
            LocaleResolver locales) {
        this.limit = limit.toBytes();
        this.importLimit = importLimit.toBytes();
        this.messages = messages;
        this.locales = locales;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean imports = IMPORT_PATHS.contains(path);
        long max = imports ? importLimit : limit;
        long length = request.getContentLengthLong();
        String type = request.getContentType();
        boolean multipart = type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
        if (length > max || (length < 0 && multipart && !imports && hasBody(request))) {
            tooLarge(path, max, request, response);
            return;
        }
        if (length >= 0 || !hasBody(request)) {
            chain.doFilter(request, response); // the container reads no more than the declared length
            return;
        }
        try {
            chain.doFilter(new LimitedBody(request, max), response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (BodyTooLargeException.in(e).isEmpty() || response.isCommitted()) {
                throw e;
            }
            response.resetBuffer();
            tooLarge(path, max, request, response);
        }
    }

    private static boolean hasBody(HttpServletRequest request) {
        return request.getContentLengthLong() > 0 || request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
    }

    /**
     * 413 with a message in the user's language: a problem document on the API, the error page
     * (through the container's error dispatch) otherwise.
     */
    private void tooLarge(String path, long max, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Locale locale = locales.resolveLocale(request);
        String message = messages.getMessage(
                "error.too-large", new Object[] {max / (1024 * 1024)}, "413 Content Too Large", locale);
        if (path.startsWith("/api/")) {
            response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.setHeader(HttpHeaders.CONNECTION, "close");
            String quoted = new String(JsonStringEncoder.getInstance().quoteAsCharArray(message));
            response.getWriter()
                    .write("{\"type\":\"about:blank\",\"title\":\"Content Too Large\",\"status\":413,"
                            + "\"detail\":\"" + quoted + "\",\"instance\":\""
                            + new String(JsonStringEncoder.getInstance().quoteAsCharArray(path))
                            + "\",\"errors\":[{\"field\":\"file\",\"message\":\"" + quoted + "\"}]}");
            return;
        }
        response.sendError(HttpStatus.PAYLOAD_TOO_LARGE.value(), message);
    }
}
