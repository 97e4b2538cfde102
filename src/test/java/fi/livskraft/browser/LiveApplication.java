package fi.livskraft.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * The whole application on a random port over the embedded PostgreSQL, for a real browser. Every
 * browser test class uses this one annotation, so they share one cached application and one
 * Chromium ({@link SharedBrowser}: take a {@link Browser} or {@link TestAccounts} parameter).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(SharedBrowser.class)
@interface LiveApplication {}
