package fi.livskraft.geomap;

import fi.livskraft.LivskraftApplication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A small benchmark, run by hand (not a test): boots the application on a free port with its
 * demonstration data, then times building the full map (all 308 municipalities, {@link GeoMaps})
 * and rendering the whole {@code /municipalities} page with it, median of 30 after 10 warm-ups.
 *
 * <pre>LIVSKRAFT_DATA_DIR=/tmp/lk-bench java -cp target/test-classes:target/classes:$(cat cp.txt) \
 *   fi.livskraft.geomap.MapBench</pre>
 */
final class MapBench {

    private MapBench() {}

    public static void main(String[] args) throws Exception {
        try (ConfigurableApplicationContext context =
                new SpringApplicationBuilder(LivskraftApplication.class).run("--server.port=0")) {
            GeoMaps maps = context.getBean(GeoMaps.class);
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            HttpClient http = HttpClient.newHttpClient();
            HttpRequest page = HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + "/municipalities?lang=sv"))
                    .build();
            for (String measure : new String[] {"unemployment", "tightness", "cost"}) {
                long[] model = new long[30];
                for (int i = -10; i < 30; i++) {
                    long t = System.nanoTime();
                    maps.map(measure, "municipality", "2221", true, Locale.forLanguageTag("sv"));
                    if (i >= 0) {
                        model[i] = System.nanoTime() - t;
                    }
                }
                System.out.printf("map model %s: median %.1f ms%n", measure, median(model));
            }
            long[] render = new long[30];
            int bytes = 0;
            for (int i = -10; i < 30; i++) {
                long t = System.nanoTime();
                HttpResponse<String> r = http.send(page, HttpResponse.BodyHandlers.ofString());
                if (i >= 0) {
                    render[i] = System.nanoTime() - t;
                }
                bytes = r.body().length();
            }
            System.out.printf(
                    "GET /municipalities (map + table): median %.1f ms, %d characters%n", median(render), bytes);
        }
    }

    private static double median(long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        return s[s.length / 2] / 1e6;
    }
}
