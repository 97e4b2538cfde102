package fi.livskraft.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A hard-killed application leaves its postgres running on the data directory. The next start
 * must stop that leftover and come up on the same data.
 */
class StalePostmasterTests {

    @TempDir
    Path dataDir;

    @Test
    void aHardKilledRunLeavesPostgresBehindAndTheNextStartRecoversWithTheData() throws Exception {
        // Another JVM starts postgres on the directory, writes a row, and is killed with SIGKILL.
        Process owner = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        HardKilledOwner.class.getName(),
                        dataDir.toString())
                .redirectErrorStream(true)
                .start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(owner.getInputStream()))) {
            String line;
            while ((line = out.readLine()) != null && !line.equals(HardKilledOwner.READY)) {
                // start-up output of the owner
            }
        }
        Runtime.getRuntime()
                .exec(new String[] {"kill", "-9", String.valueOf(owner.pid())})
                .waitFor();
        owner.waitFor(30, TimeUnit.SECONDS);
        long pid = Long.parseLong(
                Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim());
        assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive))
                .as("leftover postgres")
                .isPresent();

        StalePostmaster.stopIfLeftOver(dataDir);

        assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).isEmpty();
        try (EmbeddedPostgres next = start();
                Connection c = next.getPostgresDatabase().getConnection();
                ResultSet rs = c.createStatement().executeQuery("select id from survivor")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(42);
        }
    }

    /** The run that gets hard-killed: starts postgres, stores a row, says READY and waits. */
    static final class HardKilledOwner {
        static final String READY = "READY";

        public static void main(String[] args) throws Exception {
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setDataDirectory(Path.of(args[0]))
                    .setCleanDataDirectory(false)
                    .start();
            try (Connection c = pg.getPostgresDatabase().getConnection()) {
                c.createStatement().execute("create table survivor (id int); insert into survivor values (42)");
            }
            System.out.println(READY);
            System.out.flush();
            Thread.sleep(120_000);
        }
    }

    @Test
    void removesAPidFileWhoseProcessIsGone() throws Exception {
        long deadPid = deadPid();
        Files.writeString(dataDir.resolve("postmaster.pid"), deadPid + "\n" + dataDir + "\n");

        StalePostmaster.stopIfLeftOver(dataDir);

        assertThat(dataDir.resolve("postmaster.pid")).doesNotExist();
    }

    @Test
    void leavesADirectoryWithoutPidFileAlone() throws Exception {
        Files.writeString(dataDir.resolve("PG_VERSION"), "17\n");

        StalePostmaster.stopIfLeftOver(dataDir);

        assertThat(dataDir.resolve("PG_VERSION")).exists();
    }

    private EmbeddedPostgres start() throws Exception {
        return EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .start();
    }

    private static long deadPid() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        long pid = p.pid();
        Optional<ProcessHandle> handle = ProcessHandle.of(pid);
        assertThat(handle.filter(ProcessHandle::isAlive)).isEmpty();
        return pid;
    }
}
