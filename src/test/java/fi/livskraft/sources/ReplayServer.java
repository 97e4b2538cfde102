package fi.livskraft.sources;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A local HTTP server (the JDK's own) that replays recorded or built responses to the connectors,
 * one per test JVM; tests set the answer of each path (method + path) before a fetch. No internet.
 */
final class ReplayServer {

    /** One answer: a status, a body, and a delay before it (to provoke a timeout). */
    record Answer(int status, byte[] body, String contentType, long delayMillis) {

        static Answer json(String body) {
            return new Answer(200, body.getBytes(StandardCharsets.UTF_8), "application/json", 0);
        }

        static Answer json(byte[] body) {
            return new Answer(200, body, "application/json", 0);
        }

        static Answer csv(String body) {
            return new Answer(200, body.getBytes(StandardCharsets.UTF_8), "text/csv; charset=utf-8", 0);
        }

        static Answer status(int status) {
            return new Answer(status, ("error " + status).getBytes(StandardCharsets.UTF_8), "text/plain", 0);
        }

        static Answer slow(long delayMillis) {
            return new Answer(200, "{}".getBytes(StandardCharsets.UTF_8), "application/json", delayMillis);
        }
    }

    /** A request the server received. */
    record Received(String method, String path, String body) {}

    static final ReplayServer INSTANCE = new ReplayServer();

    private final HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();

    private ReplayServer() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "replay-server");
            t.setDaemon(true);
            return t;
        }));
        server.start();
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The answer to a path (any query), or to a path and query ({@code /x?lang=fi}), which goes first. */
    void answer(String method, String path, Answer answer) {
        answers.put(method + " " + path, answer);
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    void reset() {
        answers.clear();
        received.clear();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        received.add(new Received(
                exchange.getRequestMethod(), exchange.getRequestURI().toString(), body));
        String query = exchange.getRequestURI().getRawQuery();
        Answer a = answers.get(exchange.getRequestMethod() + " " + path + "?" + query);
        if (a == null) {
            a = answers.getOrDefault(exchange.getRequestMethod() + " " + path, Answer.status(404));
        }
        if (a.delayMillis() > 0) {
            try {
                Thread.sleep(a.delayMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        exchange.getResponseHeaders().add("Content-Type", a.contentType());
        exchange.sendResponseHeaders(a.status(), a.body().length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(a.body());
        } catch (IOException e) {
            // the client gave up (timeout test)
        }
    }

    /** Points every connector at this server, turns sync on, and keeps retries and timeouts small. */
    static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            String base = INSTANCE.base();
            TestPropertyValues.of(
                            "livskraft.sources.sync=true",
                            // the scheduler never fires during the tests; they start the runs
                            "livskraft.sources.check-every=1000d",
                            "livskraft.sources.retries=2",
                            "livskraft.sources.backoff=10ms",
                            "livskraft.sources.read-timeout=1s",
                            "livskraft.sources.connect-timeout=1s",
                            "livskraft.sources.statfin-url=" + base + "/statfin",
                            "livskraft.sources.classifications-url=" + base + "/classifications",
                            "livskraft.sources.kela-url=" + base + "/ckan",
                            "livskraft.sources.vipunen-url=" + base + "/vipunen")
                    .applyTo(context);
        }
    }
}
