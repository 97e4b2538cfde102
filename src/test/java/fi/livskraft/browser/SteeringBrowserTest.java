package fi.livskraft.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/**
 * An owner representative (the demonstration account for Vaasa, Korsholm and Närpes) goes from the
 * owner cockpit to a goal, its indicator series, the decision that set it and the follow-up.
 */
@LiveApplication
class SteeringBrowserTest extends BrowserTestBase {

    @Autowired
    MessageSource messages;

    @Test
    void ownerGoesFromTheCockpitToAGoalItsSeriesTheDecisionAndTheFollowUp() {
        browser.open("/?lang=en").login("owner", TestAccounts.PASSWORD);
        MainMenu.go(browser, "/steering");
        browser.waitFor(() -> browser.location().startsWith("/steering"));
        assertThat(browser.h1()).isEqualTo(message("steering.cockpit.title"));
        assertThat(browser.driver.findElement(By.tagName("main")).getText()).contains("Yrkesakademin i Österbotten");

        browser.click(By.linkText("Demo: Studerandefeedback (Amis)"));
        browser.waitFor(() -> browser.location().startsWith("/steering/goals/"));
        assertThat(browser.h1()).contains("Demo: Studerandefeedback (Amis)");
        WebElement series = browser.driver.findElement(By.id("series"));
        assertThat(series.findElements(By.cssSelector("tbody tr"))).hasSizeGreaterThanOrEqualTo(3);
        assertThat(series.getText()).contains("2025").contains("4.15").contains(message("steering.status.AT_RISK"));

        browser.click(By.id("decision-link"));
        browser.waitFor(() -> browser.location().startsWith("/steering/decisions/"));
        assertThat(browser.h1()).contains("Demo: Mål för ägarstyrningen 2025–2027");
        assertThat(browser.driver.findElement(By.id("outcome")).getText())
                .isEqualTo(message("steering.decision.passed"));
        assertThat(browser.driver.findElements(By.cssSelector("#votes tbody tr")))
                .hasSize(7);

        browser.click(By.linkText("Demo: Studerandefeedback (Amis)"));
        browser.waitFor(() -> browser.location().startsWith("/steering/goals/"));
        assertThat(browser.driver.findElement(By.id("follow-up-title")).getText())
                .isEqualTo(message("steering.follow-up.title"));
        assertThat(browser.driver.findElement(By.id("reports")).getText())
                .contains("Demo: Preliminärt, hösten saknas.");
        assertThat(browser.driver.findElement(By.id("comments")).getText()).contains("Hur ser svarsprocenten ut");
    }

    @Test
    void steeringPagesHaveNoSeriousOrCriticalAccessibilityViolations() {
        List<Axe.Violation> violations = new ArrayList<>();
        browser.open("/?lang=sv").login("owner", TestAccounts.PASSWORD);
        browser.open("/steering");
        violations.addAll(Axe.scan(browser));
        browser.click(By.linkText("Yrkesakademin i Österbotten"));
        violations.addAll(Axe.scan(browser));
        browser.click(By.linkText("Demo: Kostnad per studerandeår"));
        violations.addAll(Axe.scan(browser));
        browser.click(By.id("decision-link"));
        violations.addAll(Axe.scan(browser));
        browser.forget().open("/?lang=fi").login("coordinator", TestAccounts.PASSWORD);
        browser.open("/steering/populations");
        violations.addAll(Axe.scan(browser));
        violations.forEach(v -> System.out.println("axe steering: " + v));
        assertThat(violations.stream().filter(Axe.Violation::failing).toList()).isEmpty();
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, Locale.ENGLISH);
    }
}
