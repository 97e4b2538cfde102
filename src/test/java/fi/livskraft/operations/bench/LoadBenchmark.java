package fi.livskraft.operations.bench;

import fi.livskraft.LivskraftApplication;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Load test: starts Livskraft on the embedded PostgreSQL (a throw-away database with the
 * demonstration data) on a free port of this machine, then drives the public pages and the JSON
 * API with 50 and 200 concurrent clients for a fixed time each, and prints p50, p95, p99,
 * throughput and errors per scenario. Every request goes to localhost only; every loop stops by
 * itself. Arguments: seconds measured per run (default 20), seconds of warm-up (default 5), and
 * the client counts (default 50,200). See the README, "Operations".
 */
public final class LoadBenchmark {

    private static final List<String> PAGES = List.of(
            "/",
            "/municipalities",
            "/municipalities/905",
            "/employment-areas",
            "/employment-areas/pohjanmaa",
            "/regions",
            "/economy",
            "/economy/employment-areas/pohjanmaa",
            "/qualifications",
            "/participants");

    private static final List<String> API = List.of(
            "/api/v1/municipalities",
            "/api/v1/municipalities/905",
            "/api/v1/employment-areas",
            "/api/v1/employment-areas/pohjanmaa",
            "/api/v1/regions",
            "/api/v1/resolve/municipality?name=Vasa",
            "/api/v1/search?q=vaasa",
            "/api/v1/qualifications",
            "/api/v1/economy/config?date=2025-06-01",
            "/api/v1/participants");

    /** The analyses over the shipped StatFin facts and the demonstration supply (public). */
    private static final List<String> EVIDENCE = List.of(
            "/evidence",
            "/evidence/areas/MK15",
            "/evidence/areas/TA:pohjanmaa",
            "/evidence/occupations/5321",
            "/evidence/gap?level=region&area=MK15",
            "/evidence/gap?level=employment-area&area=TA:pohjanmaa",
            "/evidence/sources",
            "/education/supply",
            "/economy/municipalities/905",
            "/api/v1/gap?area=MK15");

    private LoadBenchmark() {}

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int[] clients = args.length > 2
                ? Arrays.stream(args[2].split(",")).mapToInt(Integer::parseInt).toArray()
                : new int[] {50, 200};
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(LivskraftApplication.class)
                .run(
                        "--server.port=0",
                        "--livskraft.data-dir=",
                        "--spring.autoconfigure.exclude=",
                        "--logging.level.root=WARN")) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            String base = "http://127.0.0.1:" + port;
            System.out.printf(
                    "Livskraft on %s; %d s per run after %d s warm-up; %d cores; load average %.2f%n",
                    base,
                    seconds,
                    warmup,
                    Runtime.getRuntime().availableProcessors(),
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            System.out.printf(
                    "%-8s %7s %9s %10s %8s %8s %8s %8s %7s%n",
                    "scenario", "clients", "requests", "req/s", "p50 ms", "p95 ms", "p99 ms", "max ms", "errors");
            for (int n : clients) {
                for (Scenario scenario : List.of(
                        new Scenario("pages", PAGES), new Scenario("api", API), new Scenario("evidence", EVIDENCE))) {
                    run(base, scenario, n, Duration.ofSeconds(warmup));
                    Result r = run(base, scenario, n, Duration.ofSeconds(seconds));
                    System.out.printf(
                            "%-8s %7d %9d %10.1f %8.1f %8.1f %8.1f %8.1f %7d%n",
                            scenario.name(),
                            n,
                            r.count(),
                            r.count() / (double) seconds,
                            r.percentile(50),
                            r.percentile(95),
                            r.percentile(99),
                            r.percentile(100),
                            r.errors());
                    System.out.printf(
                            "  load average %.2f%n",
                            ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
                }
            }
        }
        System.exit(0);
    }

    record Scenario(String name, List<String> paths) {}

    record Result(long[] nanos, int count, int errors) {
        double percentile(double p) {
            if (count == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(p / 100.0 * count) - 1;
            return nanos[Math.max(0, Math.min(count - 1, index))] / 1_000_000.0;
        }
    }

    private static Result run(String base, Scenario scenario, int clients, Duration duration) throws Exception {
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .executor(Executors.newFixedThreadPool(4))
                .build();
        long end = System.nanoTime() + duration.toNanos();
        AtomicInteger errors = new AtomicInteger();
        java.util.Map<String, AtomicInteger> kinds = new java.util.concurrent.ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<long[]>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int offset = c;
            futures.add(pool.submit(() -> {
                long[] times = new long[1024];
                int n = 0;
                int i = offset;
                while (System.nanoTime() < end) {
                    String path = scenario.paths().get(i++ % scenario.paths().size());
                    HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                            .timeout(Duration.ofSeconds(30))
                            .header("Accept-Language", "sv")
                            .GET()
                            .build();
                    long start = System.nanoTime();
                    try {
                        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        if (response.statusCode() != 200) {
                            errors.incrementAndGet();
                            kinds.computeIfAbsent(response.statusCode() + " " + path, k -> new AtomicInteger())
                                    .incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                        kinds.computeIfAbsent(e.getClass().getSimpleName(), k -> new AtomicInteger())
                                .incrementAndGet();
                    }
                    if (n == times.length) {
                        times = Arrays.copyOf(times, n * 2);
                    }
                    times[n++] = System.nanoTime() - start;
                }
                return Arrays.copyOf(times, n);
            }));
        }
        List<long[]> all = new ArrayList<>();
        for (Future<long[]> f : futures) {
            all.add(f.get());
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.MINUTES);
        long[] merged = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        if (!kinds.isEmpty()) {
            System.out.println("  errors (" + scenario.name() + ", " + clients + " clients): " + kinds);
        }
        return new Result(merged, merged.length, errors.get());
    }
}
