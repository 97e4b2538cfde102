package fi.livskraft.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A hard-killed JVM leaves its embedded postgres running, holding {@code postmaster.pid}; the next
 * start then fails. Before starting, stop such a leftover postgres (only if the process really is
 * a postgres serving this data directory) or remove a pid file whose process is gone.
 */
final class StalePostmaster {

    private static final Logger log = LoggerFactory.getLogger(StalePostmaster.class);

    private StalePostmaster() {}

    static void stopIfLeftOver(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty()) {
            Files.deleteIfExists(pidFile);
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).trim());
        } catch (NumberFormatException e) {
            log.warn("Removing unreadable {}", pidFile);
            Files.deleteIfExists(pidFile);
            return;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        if (process.isEmpty() || !process.get().isAlive()) {
            log.warn("Removing stale {} of a postgres (pid {}) that is no longer running", pidFile, pid);
            Files.deleteIfExists(pidFile);
            return;
        }
        String command = process.get().info().command().orElse("");
        if (!command.contains("postgres")) {
            log.warn("Removing {}: pid {} now belongs to another program ({})", pidFile, pid, command);
            Files.deleteIfExists(pidFile);
            return;
        }
        log.warn("Stopping a leftover embedded postgres (pid {}) from a previous run on {}", pid, dataDir);
        process.get().destroy(); // SIGTERM: smart shutdown, then wait
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (process.get().isAlive() && Instant.now().isBefore(deadline)) {
            sleep();
        }
        if (process.get().isAlive()) {
            process.get().destroyForcibly();
            sleep();
        }
        Files.deleteIfExists(pidFile);
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
