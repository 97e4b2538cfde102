package fi.livskraft.demo;

/** The {@code livskraft.demo-data} setting. */
enum DemoDataSetting {
    /** Load on the embedded database only (the default): never touch an external database unasked. */
    AUTO,
    /** Load also on an external database. */
    TRUE,
    /** Never load. */
    FALSE
}
