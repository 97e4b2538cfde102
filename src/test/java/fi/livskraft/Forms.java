package fi.livskraft;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Form posts for MockMvc tests: a page's form submitted by a caller, with its CSRF token. */
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
}
