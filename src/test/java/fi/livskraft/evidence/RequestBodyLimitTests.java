package fi.livskraft.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.livskraft.IntegrationTest;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.DelegatingServletInputStream;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Finding 3 of the security test: 60 MB sent chunked to the public {@code POST
 * /api/v1/economy/cost} was read whole before a 400. Now a body of unknown length is read only up
 * to the limit (21 MB) and answered 413 in the caller's language.
 */
@IntegrationTest
class RequestBodyLimitTests {

    static final long MB = 1024 * 1024;

    @Autowired
    MockMvc mvc;

    /** A body of {@code size} bytes of JSON-ish text, sent without a length, that counts what is read. */
    static final class ChunkedBody extends InputStream {
        final long size;
        long read;

        ChunkedBody(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0];
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (read >= size) {
                return -1;
            }
            int n = (int) Math.min(len, size - read);
            for (int i = 0; i < n; i++) {
                b[off + i] = read + i == 0 ? (byte) '{' : (byte) ' ';
            }
            read += n;
            return n;
        }
    }

    static RequestPostProcessor chunked(InputStream body) {
        return request -> {
            request.setContent(null);
            request.addHeader("Transfer-Encoding", "chunked");
            ReflectionTestUtils.setField(request, "inputStream", new DelegatingServletInputStream(body));
            return request;
        };
    }

    @Test
    void aChunkedBodyOf23MbIsAnswered413WhenTheLimitIsPassedNotAfterItIsRead() throws Exception {
        ChunkedBody body = new ChunkedBody(23 * MB);
        mvc.perform(post("/api/v1/economy/cost")
                        .contentType("application/json")
                        .header("Accept-Language", "fi")
                        .with(chunked(body)))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("21 Mt")))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("Tiedosto")));
        System.out.printf("Chunked 23 MB body: %d bytes read before the 413%n", body.read);
        assertThat(body.read).isGreaterThan(21 * MB).isLessThan(21 * MB + 64 * 1024);
    }

    @Test
    void aChunkedMultipartBodyOutsideTheImportsIsRefusedUnread() throws Exception {
        ChunkedBody body = new ChunkedBody(23 * MB);
        mvc.perform(post("/api/v1/economy/cost")
                        .contentType("multipart/form-data; boundary=x")
                        .with(chunked(body)))
                .andExpect(status().isPayloadTooLarge());
        assertThat(body.read).isZero();
    }

    @Test
    void aSmallChunkedBodyIsReadAsUsual() throws Exception {
        mvc.perform(post("/api/v1/economy/cost")
                        .contentType("application/json")
                        .with(chunked(new java.io.ByteArrayInputStream("{}".getBytes(StandardCharsets.UTF_8)))))
                .andExpect(
                        result -> assertThat(result.getResponse().getStatus()).isNotEqualTo(413));
    }
}
