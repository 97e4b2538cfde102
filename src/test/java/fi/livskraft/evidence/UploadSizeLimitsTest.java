package fi.livskraft.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

class UploadSizeLimitsTest {

    final UploadSizeLimits filter = new UploadSizeLimits(DataSize.ofMegabytes(21));

    MockHttpServletResponse post(String path, int bytes) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
        request.setContentType("multipart/form-data; boundary=x");
        request.setContent(new byte[bytes]);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response;
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
}
