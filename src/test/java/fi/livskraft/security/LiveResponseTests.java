package fi.livskraft.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Findings 7 and 8 of the security test, against the running server (Tomcat, not MockMvc): a
 * forged {@code X-Forwarded-Host} (or {@code Host}) never appears in a link the application builds,
 * and every response carries the security headers, the ones Tomcat gives itself included.
 */
@SpringBootTest(
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = "livskraft.public-url=https://livskraft.example.fi")
class LiveResponseTests {

    static final String EVIL = "evil.example";
    static final String[] HEADERS = {
        "content-security-policy", "permissions-policy", "x-frame-options", "x-content-type-options", "referrer-policy"
    };

    @LocalServerPort
    int port;

    record Answer(int status, Map<String, String> headers, String body) {}

    /** One raw HTTP/1.1 exchange: nothing between the test and the server rewrites the request. */
    Answer send(String method, String target, String extraHeaders, String body) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(60_000);
            byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            String request = method + " " + target + " HTTP/1.1\r\n" + "Host: localhost:" + port + "\r\n"
                    + "Connection: close\r\n" + extraHeaders
                    + (body == null
                            ? ""
                            : "Content-Type: application/json\r\nContent-Length: " + content.length + "\r\n")
                    + "\r\n";
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String text = all.toString(StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            String[] lines = text.substring(0, end).split("\r\n");
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.put(
                        lines[i].substring(0, colon).toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).strip());
            }
            return new Answer(Integer.parseInt(lines[0].split(" ")[1]), headers, text.substring(end + 4));
        }
    }

    static String forged() {
        return "X-Forwarded-Host: " + EVIL + "\r\nX-Forwarded-Proto: https\r\nX-Forwarded-Port: 443\r\n"
                + "X-Forwarded-For: 203.0.113.9\r\n";
    }

    static String basic(String user) {
        return "Authorization: Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes()) + "\r\n";
    }

    @Test
    void aResponseTomcatRejectsItselfCarriesTheSecurityHeaders() throws Exception {
        Answer rejected = send("GET", "/css/..%2Fx", "", null);
        assertThat(rejected.status()).isEqualTo(400);
        assertThat(rejected.headers()).containsKeys(HEADERS);
        assertThat(rejected.headers().get("x-frame-options")).isEqualTo("DENY");
    }

    @Test
    void everyApplicationResponseCarriesAPermissionsPolicy() throws Exception {
        for (String path : new String[] {"/", "/api/v1/municipalities", "/no-such-page", "/css/app.css"}) {
            Answer answer = send("GET", path, "", null);
            assertThat(answer.headers()).as(path).containsKeys(HEADERS);
            assertThat(answer.headers().get("permissions-policy")).contains("camera=()");
        }
    }

    @Test
    void theErrorPathAskedForDirectlyIsNotFound() throws Exception {
        Answer error = send("GET", "/error", "", null);
        assertThat(error.status()).isEqualTo(404);
        assertThat(error.headers()).containsKeys(HEADERS);
    }

    @Test
    void anUnknownAddressAnswersAPageInWordsWithASearchAndAWayBack() throws Exception {
        Map<String, String> headings =
                Map.of("sv", "Sidan hittades inte", "fi", "Sivua ei löytynyt", "en", "Page not found");
        for (String path : new String[] {"/regions/99", "/qualifications/000000"}) {
            for (Map.Entry<String, String> lang : headings.entrySet()) {
                Answer answer = send("GET", path, "Accept-Language: " + lang.getKey() + "\r\n", null);
                assertThat(answer.status()).as(path).isEqualTo(404);
                assertThat(answer.body())
                        .as(path + " in " + lang.getKey())
                        .contains("<html lang=\"" + lang.getKey() + "\"")
                        .contains(path.startsWith("/regions") ? "<h1>" + lang.getValue() + "</h1>" : "<h1>")
                        .contains("id=\"error-search\"")
                        .containsPattern(
                                "<form[^>]*role=\"search\"[^>]*action=\"/search\"|<form[^>]*action=\"/search\"[^>]*role=\"search\"")
                        .contains("href=\"/\"")
                        .doesNotContain("null");
            }
        }
    }

    @Test
    void aForgedForwardedHostAppearsInNoLink() throws Exception {
        // redirect to the login page
        Answer redirect = send("GET", "/meetings", forged(), null);
        assertThat(redirect.status()).isEqualTo(302);
        assertThat(redirect.headers().get("location")).doesNotContain(EVIL).startsWith("/login");
        Answer hostRedirect = send("GET", "/meetings", "", null);
        assertThat(hostRedirect.headers().get("location")).doesNotContain("http:");

        // the join request's status link, in the body and the Location header
        Answer joined = send("POST", "/api/v1/join-requests", forged(), """
                {"organisationName":"Forged Host Ab %s","organisationType":"EMPLOYER","contactName":"Test Person",
                 "contactEmail":"test.person@example.fi","message":"Vi vill vara med."}""".formatted(UUID.randomUUID()));
        assertThat(joined.status()).isEqualTo(201);
        assertThat(joined.body())
                .doesNotContain(EVIL)
                .contains("\"statusUrl\":\"https://livskraft.example.fi/join/status/");
        assertThat(joined.headers().get("location")).startsWith("https://livskraft.example.fi/join/status/");

        // calendar links: the feed and the page's addresses
        Answer feed = send("GET", "/api/v1/meetings.ics", forged() + basic("coordinator"), null);
        assertThat(feed.status()).isEqualTo(200);
        assertThat(feed.body()).doesNotContain(EVIL).doesNotContain("localhost:" + port);
    }
}
