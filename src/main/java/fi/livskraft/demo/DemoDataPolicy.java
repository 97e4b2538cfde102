package fi.livskraft.demo;

import fi.livskraft.database.DatabaseMode;

/** Whether to load the demonstration data now. */
final class DemoDataPolicy {

    private DemoDataPolicy() {}

    /**
     * Load when not loaded yet and either asked for ({@code true}) or, with {@code auto}, the
     * database is the application's own embedded one. An external database gets demonstration data
     * only when explicitly asked.
     */
    static boolean shouldLoad(DemoDataSetting setting, DatabaseMode mode, boolean alreadyLoaded) {
        if (alreadyLoaded) {
            return false;
        }
        return switch (setting) {
            case TRUE -> true;
            case AUTO -> mode.embedded();
            case FALSE -> false;
        };
    }
}
