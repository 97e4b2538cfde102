package fi.livskraft.common;

import org.springframework.core.Ordered;

/**
 * Work that must be done once the schema is migrated and before the application accepts requests
 * (seeding reference data, loading demonstration data). Run in {@link #getOrder()} order.
 */
public interface StartupTask extends Ordered {

    int REFERENCE_DATA = 100;
    int DEMO_DATA = 500;

    void run();
}
