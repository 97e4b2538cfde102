package fi.livskraft.operations;

import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a scheduled job at most once per time slot across every application instance on one
 * database. Each instance's scheduler calls {@link #runOnce}; inside one transaction the instance
 * takes a PostgreSQL advisory lock for the job (others skip at once instead of waiting), then
 * claims the slot by moving {@code scheduled_job.last_slot} forward. Only the instance that moved
 * it runs the job, in that same transaction, and records the run; if the job fails, the claim
 * rolls back and the next call (on any instance) tries again.
 */
@Component
class ScheduledJobs {

    private static final Logger log = LoggerFactory.getLogger(ScheduledJobs.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final String instance;

    ScheduledJobs(JdbcClient jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = Clock.systemUTC();
        this.instance = ManagementFactory.getRuntimeMXBean().getName() + "/"
                + UUID.randomUUID().toString().substring(0, 8);
    }

    /** This instance's name in {@code scheduled_job_run}. */
    String instance() {
        return instance;
    }

    /** The slot a job with this interval is in now: whole intervals since the epoch. */
    long currentSlot(Duration interval) {
        return clock.millis() / interval.toMillis();
    }

    /**
     * Runs {@code job} if no instance has run it for {@code slot} yet and none is running it now.
     *
     * @return true when this call ran the job
     */
    boolean runOnce(String name, long slot, Supplier<String> job) {
        Boolean ran = transaction.execute(status -> {
            boolean locked = jdbc.sql("select pg_try_advisory_xact_lock(hashtext('livskraft.job'), hashtext(?))")
                    .param(name)
                    .query(Boolean.class)
                    .single();
            if (!locked) {
                return false;
            }
            jdbc.sql("insert into scheduled_job (name) values (?) on conflict (name) do nothing")
                    .param(name)
                    .update();
            int claimed = jdbc.sql("update scheduled_job set last_slot = ?, last_run = now(), last_by = ?"
                            + " where name = ? and last_slot < ?")
                    .params(slot, instance, name, slot)
                    .update();
            if (claimed == 0) {
                return false;
            }
            Instant started = clock.instant();
            String outcome = job.get();
            jdbc.sql("insert into scheduled_job_run (name, slot, instance, started_at, finished_at, outcome)"
                            + " values (?, ?, ?, ?, ?, ?)")
                    .params(
                            name,
                            slot,
                            instance,
                            Timestamp.from(started),
                            Timestamp.from(clock.instant()),
                            outcome == null ? "" : outcome)
                    .update();
            log.info("Scheduled job {} ran for slot {} on {}: {}", name, slot, instance, outcome);
            return true;
        });
        return Boolean.TRUE.equals(ran);
    }
}
