package fi.livskraft.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

class UploadSizeLimitsTest {

    final UploadSizeLimits filter =
            new UploadSizeLimits(DataSize.ofMegabytes(21), DataSize.ofGigabytes(2), messages(), locales());

    static StaticMessageSource messages() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("error.too-large", Locale.forLanguageTag("sv"), "Filen är för stor: högst {0} MB.");
        messages.addMessage("error.too-large", Locale.forLanguageTag("en"), "Too large: at most {0} MB.");
        return messages;
    }

    static AcceptHeaderLocaleResolver locales() {
        AcceptHeaderLocaleResolver locales = new AcceptHeaderLocaleResolver();
        locales.setDefaultLocale(Locale.forLanguageTag("en"));
        return locales;
    }

    MockHttpServletResponse post(String path, int bytes, String language) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
        request.setContentType("multipart/form-data; boundary=x");
        request.setContent(new byte[bytes]);
        request.addHeader("Accept-Language", language);
        request.addPreferredLocale(Locale.forLanguageTag(language));
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response;
    }

    MockHttpServletResponse post(String path, int bytes) throws Exception {
        return post(path, bytes, "en");
    }

    @Test
    void holdsOtherPathsToTheSmallLimit() throws Exception {
        assertThat(post("/reference-data", 22 * 1024 * 1024).getStatus()).isEqualTo(413);
        assertThat(post("/reference-data", 1024).getStatus()).isEqualTo(200);
    }

    @Test
    void letsTheImportPathsTakeLargeFiles() throws Exception {
        assertThat(post("/imports", 22 * 1024 * 1024).getStatus()).isEqualTo(200);
        assertThat(post("/api/v1/imports", 22 * 1024 * 1024).getStatus()).isEqualTo(200);
    }

    @Test
    void tellsTheApiCallerInItsLanguageWithAProblemDocument() throws Exception {
        MockHttpServletResponse response = post("/api/v1/reference-data/imports", 22 * 1024 * 1024, "sv");
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString())
                .contains("\"status\":413")
                .contains("\"field\":\"file\"")
                .contains("Filen är för stor: högst 21 MB.");
    }

    @Test
    void givesThePageTheMessageInTheUsersLanguage() throws Exception {
        MockHttpServletResponse response = post("/reference-data", 22 * 1024 * 1024, "sv");
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getErrorMessage()).isEqualTo("Filen är för stor: högst 21 MB.");
    }
}
