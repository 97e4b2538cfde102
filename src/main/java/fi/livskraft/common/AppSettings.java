package fi.livskraft.common;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Small facts about this installation that must survive restarts. */
@Component
public class AppSettings {

    public static final String DEMO_DATA_LOADED = "demo-data-loaded";

    private final JdbcClient jdbc;

    AppSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<String> get(String key) {
        return jdbc.sql("select value from app_setting where key = ?")
                .param(key)
                .query(String.class)
                .optional();
    }

    public void set(String key, String value) {
        jdbc.sql("insert into app_setting (key, value) values (?, ?)"
                        + " on conflict (key) do update set value = excluded.value, set_at = now()")
                .params(key, value)
                .update();
    }

    /** Whether demonstration data is loaded; every page then says so. */
    public boolean demoDataLoaded() {
        return get(DEMO_DATA_LOADED).isPresent();
    }
}
