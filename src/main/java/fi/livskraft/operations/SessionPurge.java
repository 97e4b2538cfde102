package fi.livskraft.operations;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes expired sessions (their attributes go by cascade) once per interval across all
 * instances. Replaces Spring Session's own cleanup, which would run on every instance.
 */
@Component
class SessionPurge {

    static final String JOB = "session-purge";

    private final JdbcClient jdbc;
    private final ScheduledJobs jobs;
    private final Duration interval;

    SessionPurge(
            JdbcClient jdbc,
            ScheduledJobs jobs,
            @Value("${livskraft.operations.session-purge-interval:15m}") Duration interval) {
        this.jdbc = jdbc;
        this.jobs = jobs;
        this.interval = interval;
    }

    @Scheduled(
            initialDelayString = "${livskraft.operations.session-purge-interval:15m}",
            fixedDelayString = "${livskraft.operations.session-purge-check:1m}")
    void onSchedule() {
        runFor(jobs.currentSlot(interval));
    }

    boolean runFor(long slot) {
        return jobs.runOnce(JOB, slot, this::purge);
    }

    String purge() {
        int deleted = jdbc.sql("delete from spring_session where expiry_time < ?")
                .param(System.currentTimeMillis())
                .update();
        return deleted + " expired sessions deleted";
    }
}
