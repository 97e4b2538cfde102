package fi.livskraft.partnership;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Helpers shared by the partnership integration tests (which run on the demonstration data). */
final class ProviderTestSupport {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private ProviderTestSupport() {}

    static RequestPostProcessor coordinator() {
        return httpBasic("coordinator", "demo");
    }

    static RequestPostProcessor providerStaff() {
        return httpBasic("provider", "demo");
    }

    static long providerId(MockMvc mvc, String slug) throws Exception {
        String body = mvc.perform(get("/api/v1/providers").with(coordinator()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Number id = JsonPath.<java.util.List<Number>>read(body, "$[?(@.slug == '" + slug + "')].id")
                .get(0);
        return id.longValue();
    }

    static int version(MockMvc mvc, long id) throws Exception {
        String body = mvc.perform(get("/api/v1/providers/" + id).with(coordinator()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(body, "$.version");
    }

    /** A new provider of the tests' own, so that changing it leaves the demonstration data alone. */
    static long newProvider(MockMvc mvc) throws Exception {
        String slug = "test-provider-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100000;
        String body = mvc.perform(post("/api/v1/providers")
                        .with(coordinator())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"slug":"%s","nameFi":"Testiopisto","nameSv":"Testinstitutet","nameEn":"Test College",
                                 "legalForm":"JOINT_MUNICIPAL_AUTHORITY","homeMunicipalityCode":"905",
                                 "languages":["sv","fi"],"qualificationCodes":["351407"],
                                 "areaMunicipalityCodes":["905","499"]}
                                """.formatted(slug)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    static String owners(int version, String validFrom, String rows) {
        return """
                {"version":%d,"validFrom":"%s","owners":[%s]}
                """.formatted(version, validFrom, rows);
    }
}
