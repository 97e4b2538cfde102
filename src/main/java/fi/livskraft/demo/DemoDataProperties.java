package fi.livskraft.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Demonstration data.
 *
 * @param demoData {@code auto} (embedded database only), {@code true} or {@code false}
 */
@ConfigurationProperties("livskraft")
record DemoDataProperties(@DefaultValue("auto") DemoDataSetting demoData) {}
