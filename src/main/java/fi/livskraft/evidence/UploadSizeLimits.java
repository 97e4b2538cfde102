package fi.livskraft.evidence;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
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
 * Upload size per path. The servlet multipart limit is set to what a statistics import may take
 * (2 GB, streamed to disk); this filter, ahead of everything else (before the multipart body is
 * parsed), holds every other path to {@code livskraft.uploads.max-request-size} (21 MB, as before):
 * a larger declared body is answered 413 before it is read; a multipart body of unknown length
 * (chunked) is parsed to disk and answered 413 if its parts together pass the limit. Only the
 * import paths ({@code POST /imports}, {@code POST /api/v1/imports}) get the large limit.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadSizeLimits extends OncePerRequestFilter {

    static final Set<String> IMPORT_PATHS = Set.of("/imports", "/api/v1/imports");

    private final long limit;
    private final MessageSource messages;
    private final LocaleResolver locales;

    UploadSizeLimits(
            @Value("${livskraft.uploads.max-request-size:21MB}") DataSize limit,
            MessageSource messages,
            LocaleResolver locales) {
        this.limit = limit.toBytes();
        this.messages = messages;
        this.locales = locales;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!IMPORT_PATHS.contains(path)) {
            long length = request.getContentLengthLong();
            String type = request.getContentType();
            boolean multipart = type != null && type.toLowerCase().startsWith("multipart/");
            if (length > limit || (multipart && length < 0 && partsSize(request) > limit)) {
                tooLarge(path, request, response);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /**
     * 413 with a message in the user's language: a problem document on the API, the error page
     * (through the container's error dispatch) otherwise.
     */
    private void tooLarge(String path, HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = locales.resolveLocale(request);
        String message = messages.getMessage(
                "error.too-large", new Object[] {limit / (1024 * 1024)}, "413 Content Too Large", locale);
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

    private static long partsSize(HttpServletRequest request) throws IOException, ServletException {
        long size = 0;
        for (Part part : request.getParts()) {
            size += part.getSize();
        }
        return size;
    }
}
