package fi.livskraft.dialogue;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the occupation classifier in step with the ISCO and ESCO tables without touching a
 * request: every {@code livskraft.dialogue.classifier-check} (default 30 s) the scheduler thread
 * compares the tables' fingerprint and rebuilds the index in the background when an import changed
 * them. Each application instance keeps its own index in memory, so each checks for itself.
 */
@Component
class ClassifierRefresh {

    private static final Logger log = LoggerFactory.getLogger(ClassifierRefresh.class);

    private final OccupationClassifier classifier;

    ClassifierRefresh(OccupationClassifier classifier) {
        this.classifier = classifier;
    }

    @Scheduled(
            initialDelayString = "${livskraft.dialogue.classifier-check:30s}",
            fixedDelayString = "${livskraft.dialogue.classifier-check:30s}")
    void onSchedule() {
        try {
            if (classifier.refreshIfChanged()) {
                log.info("Occupation classifier rebuilt after a change in the ISCO or ESCO tables");
            }
        } catch (RuntimeException e) {
            log.warn("Occupation classifier check failed; the current index keeps serving", e);
        }
    }
}
