package fi.livskraft.demo;

import static org.assertj.core.api.Assertions.assertThat;

import fi.livskraft.database.DatabaseMode;
import org.junit.jupiter.api.Test;

class DemoDataPolicyTests {

    private static final DatabaseMode EMBEDDED = new DatabaseMode(true);
    private static final DatabaseMode EXTERNAL = new DatabaseMode(false);

    @Test
    void autoLoadsOnTheEmbeddedDatabaseOnly() {
        assertThat(DemoDataPolicy.shouldLoad(DemoDataSetting.AUTO, EMBEDDED, false))
                .isTrue();
        assertThat(DemoDataPolicy.shouldLoad(DemoDataSetting.AUTO, EXTERNAL, false))
                .isFalse();
    }

    @Test
    void anExternalDatabaseGetsDemoDataOnlyWhenAsked() {
        assertThat(DemoDataPolicy.shouldLoad(DemoDataSetting.TRUE, EXTERNAL, false))
                .isTrue();
        assertThat(DemoDataPolicy.shouldLoad(DemoDataSetting.FALSE, EXTERNAL, false))
                .isFalse();
    }

    @Test
    void neverLoadsTwiceOrWhenSwitchedOff() {
        for (DemoDataSetting setting : DemoDataSetting.values()) {
            assertThat(DemoDataPolicy.shouldLoad(setting, EMBEDDED, true)).isFalse();
            assertThat(DemoDataPolicy.shouldLoad(setting, EXTERNAL, true)).isFalse();
        }
        assertThat(DemoDataPolicy.shouldLoad(DemoDataSetting.FALSE, EMBEDDED, false))
                .isFalse();
    }
}
