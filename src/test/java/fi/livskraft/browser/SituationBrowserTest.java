package fi.livskraft.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/**
 * The owner's question of issue 18: the demonstration owner (Vaasa, Korsholm and Närpes) signs in
 * and lands on Korsholm's situation: this year's AN2024 cost with its long-term part and per
 * inhabitant, and the Swedish-language supply of the area's strongest shortages.
 */
@LiveApplication
class SituationBrowserTest {

    static Browser browser;

    @Autowired
    MessageSource messages;

    @BeforeAll
    static void useTheSharedBrowser(Browser shared) {
        browser = shared;
    }

    @BeforeEach
    void newVisitor() {
        browser.forget();
    }

    @ParameterizedTest
    @CsvSource({"sv, Korsholm", "fi, Mustasaari"})
    void theOwnerLandsOnKorsholmAndSeesThisYearsCostAndTheSwedishShortages(String lang, String name) {
        browser.open("/?lang=" + lang).login("owner", TestAccounts.PASSWORD);
        // an owner representative lands on the first of their municipalities (499 < 545 < 905)
        browser.waitFor(() -> browser.location().startsWith("/municipalities/499"));
        assertThat(browser.h1()).startsWith(name);

        int year = LocalDate.now(ZoneId.of("Europe/Helsinki")).getYear();
        assertThat(browser.text("#cost-title")).isEqualTo(message("situation.cost.title", lang, String.valueOf(year)));
        for (String id : List.of("#cost-ytd", "#cost-full", "#cost-long-term", "#cost-per-inhabitant")) {
            assertThat(browser.text(id)).as(id).matches("[0-9][0-9\u00a0 ]*,\\d{2} €");
        }
        assertThat(browser.text("#cost-basis")).isNotBlank();
        List<WebElement> bands = browser.driver.findElements(By.cssSelector("#cost-bands tbody tr"));
        assertThat(bands).hasSizeGreaterThanOrEqualTo(2);

        assertThat(browser.driver.findElements(By.cssSelector("#shortages tbody tr")))
                .hasSizeGreaterThanOrEqualTo(10);
        assertThat(browser.text("#swedish-title")).isEqualTo(message("situation.swedish.title", lang));
        List<WebElement> swedish = browser.driver.findElements(By.cssSelector("#swedish tbody tr"));
        assertThat(swedish).isNotEmpty();
        // the Swedish rows are occupations of the shortage table, named in the page's language
        String firstShortage = browser.driver
                .findElement(By.cssSelector("#shortages tbody tr th"))
                .getText();
        assertThat(browser.driver.findElement(By.id("shortages")).getText())
                .contains(swedish.get(0).findElement(By.tagName("th")).getText());
        assertThat(firstShortage).isNotBlank().doesNotMatch("\\d{4}");

        // another year through the selector; an unknown year says so
        browser.open("/municipalities/499?year=2025");
        assertThat(browser.text("#cost-title")).isEqualTo(message("situation.cost.title", lang, "2025"));
        browser.open("/municipalities/499?year=2019");
        assertThat(browser.driver.findElements(By.id("unknown-year"))).hasSize(1);
        assertThat(browser.driver.findElements(By.id("cost-full"))).isEmpty();

        browser.open("/municipalities/499");
        assertThat(Axe.scan(browser)).isEmpty();
    }

    private String message(String key, String lang, Object... args) {
        return messages.getMessage(key, args, Locale.forLanguageTag(lang));
    }
}
