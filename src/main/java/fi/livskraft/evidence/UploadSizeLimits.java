package fi.livskraft.evidence;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

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

    UploadSizeLimits(@Value("${livskraft.uploads.max-request-size:21MB}") DataSize limit) {
        this.limit = limit.toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!IMPORT_PATHS.contains(path)) {
            long length = request.getContentLengthLong();
            String type = request.getContentType();
            boolean multipart = type != null && type.toLowerCase().startsWith("multipart/");
            if (length > limit) {
                response.sendError(HttpStatus.PAYLOAD_TOO_LARGE.value());
                return;
            }
            if (multipart && length < 0 && partsSize(request) > limit) {
                response.sendError(HttpStatus.PAYLOAD_TOO_LARGE.value());
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static long partsSize(HttpServletRequest request) throws IOException, ServletException {
        long size = 0;
        for (Part part : request.getParts()) {
            size += part.getSize();
        }
        return size;
    }
}
