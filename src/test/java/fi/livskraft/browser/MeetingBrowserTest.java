package fi.livskraft.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The done-when path of the partnership dialogue through the pages: an employer raises a need in
 * Swedish and confirms the suggested occupation, the coordinator moves it to review, a provider
 * answers with an offer, the coordinator puts the need on a meeting agenda (with its current
 * figures), writes the minutes, records a decision and adds an action that is already overdue,
 * and the action shows on the overview. The meeting pages pass axe (no serious or critical).
 */
@LiveApplication
class MeetingBrowserTest extends BrowserTestBase {

    @Test
    void aNeedGoesFromTheEmployerToAMeetingAgendaMinutesAndAnOverdueAction() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Helsinki"));
        // 1. the employer raises a need in Swedish and confirms the occupation the classifier suggests
        browser.open("/?lang=sv").login("employer", TestAccounts.PASSWORD);
        browser.open("/needs/new");
        browser.driver.findElement(By.id("text")).sendKeys("Vi behöver fem svetsare som talar svenska till hösten");
        browser.click(By.cssSelector("button[name='action'][value='suggest']"));
        browser.waitFor(() -> !browser.driver.findElements(By.id("occ-7212")).isEmpty());
        WebElement welder = browser.driver.findElement(By.id("occ-7212"));
        if (!welder.isSelected()) {
            welder.click();
        }
        WebElement headCount = browser.driver.findElement(By.id("headCount"));
        headCount.clear();
        headCount.sendKeys("5");
        Select area = new Select(browser.driver.findElement(By.id("area")));
        area.selectByIndex(1);
        WebElement horizon = browser.driver.findElement(By.id("horizon"));
        horizon.clear();
        horizon.sendKeys("2026-AUTUMN");
        new Select(browser.driver.findElement(By.id("languageRequirement"))).selectByValue("sv");
        browser.click(By.cssSelector("button[name='action'][value='save']"));
        browser.waitFor(() -> browser.location().matches("/needs/\\d+.*"));
        String needId = browser.location().replaceAll("^/needs/(\\d+).*$", "$1");

        // 2. the coordinator moves it to review, so providers see it
        browser.forget().open("/?lang=sv").login("coordinator", TestAccounts.PASSWORD);
        browser.open("/needs/" + needId);
        browser.submit(
                By.xpath("//form[contains(@action,'/status')][input[@name='status' and @value='IN_REVIEW']]/button"));

        // 3. a provider answers with an offer
        browser.forget().open("/?lang=sv").login("provider", TestAccounts.PASSWORD);
        browser.open("/needs/" + needId);
        new Select(browser.driver.findElement(By.id("kind"))).selectByValue("APPRENTICESHIP");
        browser.driver.findElement(By.id("qualificationCode")).sendKeys("354101");
        browser.driver.findElement(By.id("places")).sendKeys("5");
        browser.setValue(By.id("startDate"), "2026-08-17");
        browser.driver.findElement(By.id("message")).sendKeys("Läroavtal för svetsare.");
        browser.click(By.cssSelector("form[action$='/offers'] button[type='submit']"));
        browser.waitFor(() -> browser.location().contains("offered"));

        // 4. the coordinator makes a meeting today and puts the need on its agenda
        browser.forget().open("/?lang=sv").login("coordinator", TestAccounts.PASSWORD);
        MainMenu.go(browser, "/meetings");
        browser.click(By.cssSelector("a[href$='/meetings/new']"));
        String title = "Partnerskapsdialog " + UUID.randomUUID().toString().substring(0, 8);
        browser.driver.findElement(By.id("title")).sendKeys(title);
        browser.setValue(By.id("startDate"), today.toString());
        browser.setValue(By.id("startTime"), "23:00");
        browser.setValue(By.id("endTime"), "23:45");
        browser.driver.findElement(By.id("place")).sendKeys("Vasa");
        browser.driver.findElement(By.id("onlineLink")).sendKeys("https://teams.example.invalid/l/meetup-join/e2e");
        browser.click(By.cssSelector("form[action$='/meetings/new'] button[type='submit']"));
        browser.waitFor(() -> browser.location().contains("created"));
        String meetingPath = browser.location().replaceAll("\\?.*$", "");

        new Select(browser.driver.findElement(By.id("needId"))).selectByValue(needId);
        browser.submit(By.cssSelector("form[action$='/agenda'] button[type='submit']"));
        String agenda = browser.driver.findElement(By.tagName("main")).getText();
        assertThat(agenda).contains("Vi behöver fem svetsare som talar svenska till hösten");
        assertThat(agenda).contains("Antal personer").contains("Erbjudanden");

        // 5. minutes, a decision and an action due yesterday
        WebElement minutes = browser.driver.findElement(By.id("minutes-text"));
        minutes.sendKeys("Svetsarbehovet behandlades. Yrkesakademin erbjuder läroavtal.");
        browser.submit(By.cssSelector("form[action$='/minutes'] button[type='submit']"));
        browser.driver.findElement(By.id("decision")).sendKeys("Läroavtalsgruppen startar i augusti.");
        browser.submit(By.cssSelector("form[action$='/decisions'] button[type='submit']"));
        String action =
                "Skicka läroavtalsplanen " + UUID.randomUUID().toString().substring(0, 8);
        browser.driver.findElement(By.id("description")).sendKeys(action);
        browser.driver.findElement(By.id("ownerName")).sendKeys("Anna");
        browser.setValue(By.id("dueOn"), today.minusDays(1).toString());
        browser.submit(By.cssSelector("form[action$='/actions'] button[type='submit']"));
        String page = browser.driver.findElement(By.tagName("main")).getText();
        assertThat(page)
                .contains("Svetsarbehovet behandlades.")
                .contains("Läroavtalsgruppen startar i augusti.")
                .contains(action)
                .contains("Försenad");

        // 6. the overdue action is on the overview
        browser.open("/");
        assertThat(browser.driver.findElement(By.id("overdue-actions")).getText())
                .contains(action);
        browser.open(meetingPath);
        assertThat(browser.h1()).contains(title);
    }

    @Test
    void meetingPagesHaveNoSeriousOrCriticalAccessibilityViolations() {
        List<Axe.Violation> violations = new ArrayList<>();
        browser.open("/?lang=sv").login("coordinator", TestAccounts.PASSWORD);
        browser.open("/meetings");
        violations.addAll(Axe.scan(browser));
        browser.click(By.partialLinkText("Demo: Partnerskapsdialog"));
        violations.addAll(Axe.scan(browser));
        browser.open("/meetings/new");
        violations.addAll(Axe.scan(browser));
        browser.open("/actions");
        violations.addAll(Axe.scan(browser));
        browser.open("/meetings/calendar");
        violations.addAll(Axe.scan(browser));
        browser.forget().open("/?lang=fi").login("provider", TestAccounts.PASSWORD);
        browser.open("/meetings");
        violations.addAll(Axe.scan(browser));
        browser.click(By.partialLinkText("Demo: Morgonkaffe"));
        violations.addAll(Axe.scan(browser));
        browser.open("/");
        violations.addAll(Axe.scan(browser));
        violations.forEach(v -> System.out.println("axe meeting: " + v));
        assertThat(violations.stream().filter(Axe.Violation::failing).toList()).isEmpty();
    }
}
