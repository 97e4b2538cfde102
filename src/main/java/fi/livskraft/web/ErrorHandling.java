package fi.livskraft.web;

import fi.livskraft.common.BodyTooLargeException;
import fi.livskraft.common.ConcurrentEditException;
import fi.livskraft.common.FieldError;
import fi.livskraft.common.ImportFailedException;
import fi.livskraft.common.ImportProblem;
import fi.livskraft.common.InvalidInputException;
import fi.livskraft.common.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Turns domain errors into answers in the user's language: a problem document
 * (RFC 9457, with {@code errors: [{field, message}]}) for the API, an error page otherwise.
 */
@ControllerAdvice
class ErrorHandling {

    private final MessageSource messages;
    private final LayoutModel layout;

    ErrorHandling(MessageSource messages, LayoutModel layout) {
        this.messages = messages;
        this.layout = layout;
    }

    @ExceptionHandler(InvalidInputException.class)
    Object invalid(InvalidInputException e, HttpServletRequest request) {
        Locale locale = RequestContextUtils.getLocale(request);
        List<Map<String, String>> errors = e.errors().stream()
                .map(f -> Map.of("field", f.field(), "message", message(f, locale)))
                .toList();
        return answer(request, HttpStatus.BAD_REQUEST, msg("error.invalid-input", locale), errors);
    }

    @ExceptionHandler(ImportFailedException.class)
    Object importFailed(ImportFailedException e, HttpServletRequest request) {
        Locale locale = RequestContextUtils.getLocale(request);
        List<Map<String, String>> errors = e.problems().stream()
                .map(p -> Map.of(
                        "file", p.file(),
                        "row", String.valueOf(p.row()),
                        "field", p.field(),
                        "message", message(p, locale)))
                .toList();
        return answer(request, HttpStatus.BAD_REQUEST, msg("import.error.refused", locale), errors);
    }

    @ExceptionHandler(NotFoundException.class)
    Object notFound(NotFoundException e, HttpServletRequest request) {
        Locale locale = RequestContextUtils.getLocale(request);
        return answer(request, HttpStatus.NOT_FOUND, msg("error.not-found", locale, e.key()), List.of());
    }

    @ExceptionHandler(ConcurrentEditException.class)
    Object conflict(ConcurrentEditException e, HttpServletRequest request) {
        Locale locale = RequestContextUtils.getLocale(request);
        return answer(request, HttpStatus.CONFLICT, msg("error.concurrent-edit", locale), List.of());
    }

    @ExceptionHandler({
        HttpMessageNotReadableException.class,
        MethodArgumentTypeMismatchException.class,
        MissingServletRequestParameterException.class
    })
    Object unreadable(Exception e, HttpServletRequest request) {
        Locale locale = RequestContextUtils.getLocale(request);
        OptionalLong limit = BodyTooLargeException.in(e);
        if (limit.isPresent()) {
            // a chunked body that passed the limit while it was read (evidence.UploadSizeLimits)
            String message = msg("error.too-large", locale, limit.getAsLong() / (1024 * 1024));
            return answer(
                    request,
                    HttpStatus.PAYLOAD_TOO_LARGE,
                    message,
                    List.of(Map.of("field", "file", "message", message)));
        }
        return answer(request, HttpStatus.BAD_REQUEST, msg("error.unreadable", locale), List.of());
    }

    /** An upload past the servlet limit (the statistics imports' 2 GB; other paths stop earlier, at 413). */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        Locale locale = RequestContextUtils.getLocale(request);
        long megabytes = Math.max(0, e.getMaxUploadSize()) / (1024 * 1024);
        String message = msg("error.too-large", locale, megabytes);
        return answer(
                request, HttpStatus.PAYLOAD_TOO_LARGE, message, List.of(Map.of("field", "file", "message", message)));
    }

    @ExceptionHandler(AccessDeniedException.class)
    Object denied(AccessDeniedException e, HttpServletRequest request) {
        Locale locale = RequestContextUtils.getLocale(request);
        return answer(request, HttpStatus.FORBIDDEN, msg("error.forbidden", locale), List.of());
    }

    private Object answer(
            HttpServletRequest request, HttpStatus status, String detail, List<Map<String, String>> errors) {
        if (request.getRequestURI().startsWith("/api/")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
            problem.setProperty("errors", errors);
            return ResponseEntity.status(status)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        ModelAndView page = new ModelAndView("error");
        layout.populate(page, request);
        page.setStatus(status);
        page.addObject("status", status.value());
        page.addObject("detail", detail);
        page.addObject("errors", errors);
        return page;
    }

    private String message(FieldError error, Locale locale) {
        return messages.getMessage(error.messageKey(), error.arguments().toArray(), error.messageKey(), locale);
    }

    private String message(ImportProblem problem, Locale locale) {
        return messages.getMessage(problem.messageKey(), problem.arguments().toArray(), problem.messageKey(), locale);
    }

    private String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
