package fi.livskraft.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** The map with the keyboard alone: Tab reaches a shape, the focus shows, Enter opens the municipality. */
@LiveApplication
class MapBrowserTest {

    static Browser browser;

    @BeforeAll
    static void useTheSharedBrowser(Browser shared) {
        browser = shared;
    }

    @BeforeEach
    void newVisitor() {
        browser.forget();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sv", "fi"})
    void tabReachesAShapeAndEnterOpensTheMunicipality(String lang) {
        browser.open("/municipalities?lang=" + lang);
        WebElement first = browser.driver.findElement(By.cssSelector("a.geomap-shape"));
        String code = first.getAttribute("data-code");
        String title = (String) browser.js("return arguments[0].querySelector('title').textContent;", first);
        // start from the map's own submit button, the last stop before the shapes
        browser.js("document.querySelector('.geomap-form button[type=submit]').focus();");
        new Actions(browser.driver).sendKeys(Keys.TAB).perform();
        WebElement active = browser.active();
        assertThat(active.getAttribute("class")).contains("geomap-shape");
        assertThat(active.getAttribute("data-code")).isEqualTo(code);
        String stroke = (String)
                browser.js("return getComputedStyle(document.activeElement.querySelector('path')).strokeWidth;");
        assertThat(stroke).as("the focused shape has a heavy outline").isEqualTo("4px");

        new Actions(browser.driver).sendKeys(Keys.ENTER).perform();
        browser.waitFor(() -> browser.location().startsWith("/municipalities/"));
        assertThat(browser.location()).isEqualTo("/municipalities/" + code);
        assertThat(title).startsWith(browser.h1().split(" \\(")[0]);
    }

    @Test
    void theMapPagesHaveNoSeriousOrCriticalViolations() {
        browser.open("/employment-areas?lang=fi");
        String area = browser.driver
                .findElement(By.cssSelector("main a[href*='/employment-areas/']"))
                .getAttribute("href");
        String areaPath = area.substring(area.indexOf("/employment-areas/"));
        for (String page : List.of(
                "/municipalities?lang=sv",
                "/municipalities?lang=fi&measure=tightness&occupation=2221",
                "/municipalities?lang=en&measure=cost",
                "/?lang=fi",
                areaPath + "?lang=sv")) {
            browser.open(page);
            List<Axe.Violation> failing =
                    Axe.scan(browser).stream().filter(Axe.Violation::failing).toList();
            assertThat(failing).as("axe on %s", page).isEmpty();
        }
    }
}
