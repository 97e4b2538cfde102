package fi.livskraft.dialogue;

import fi.livskraft.common.StartupTask;
import org.springframework.stereotype.Component;

/** Builds the occupation classifier once the reference data (and ESCO, where loaded) is in place. */
@Component
class ClassifierStartup implements StartupTask {

    private final OccupationClassifier classifier;

    ClassifierStartup(OccupationClassifier classifier) {
        this.classifier = classifier;
    }

    @Override
    public int getOrder() {
        return REFERENCE_DATA + 300;
    }

    @Override
    public void run() {
        classifier.rebuild();
    }
}
