package fi.livskraft;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Requests for MockMvc tests: a page's form submitted by a caller, a JSON body sent by one. */
public final class Forms {

    private Forms() {}

    /**
     * {@code POST url} as {@code who} with a CSRF token and the fields of {@code fields}, written
     * like a form body ({@code "year=2027&source=VM decision"}): split at {@code &} and at the first
     * {@code =} of each part, not URL-decoded, so values are plain text without {@code &}.
     */
    public static MockHttpServletRequestBuilder form(String url, RequestPostProcessor who, String fields) {
        MockHttpServletRequestBuilder request = post(url).with(who).with(csrf());
        for (String field : fields.split("&")) {
            String[] nameValue = field.split("=", 2);
            request.param(nameValue[0], nameValue.length > 1 ? nameValue[1] : "");
        }
        return request;
    }

    /** The request (e.g. {@code post("/api/v1/needs")}) as {@code who} with the JSON {@code body}. */
    public static MockHttpServletRequestBuilder jsonAs(
            MockHttpServletRequestBuilder request, RequestPostProcessor who, String body) {
        return request.with(who).contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
