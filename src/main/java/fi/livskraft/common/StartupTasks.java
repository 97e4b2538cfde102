package fi.livskraft.common;

import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/** Runs the {@link StartupTask}s in order, before the web server starts. */
@Component
class StartupTasks implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(StartupTasks.class);
    private final ObjectProvider<StartupTask> tasks;

    StartupTasks(ObjectProvider<StartupTask> tasks) {
        this.tasks = tasks;
    }

    @Override
    public void afterSingletonsInstantiated() {
        List<StartupTask> ordered = tasks.orderedStream()
                .sorted(Comparator.comparingInt(StartupTask::getOrder))
                .toList();
        for (StartupTask task : ordered) {
            long start = System.nanoTime();
            task.run();
            log.info("{} done in {} ms", task.getClass().getSimpleName(), (System.nanoTime() - start) / 1_000_000);
        }
    }
}
