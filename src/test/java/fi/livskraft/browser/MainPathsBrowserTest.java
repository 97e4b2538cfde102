package fi.livskraft.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fi.livskraft.area.AreaDirectory;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The main path of each role, in Swedish, Finnish and English, through the real pages in Chromium:
 * the public finds a municipality by its Swedish name; an owner opens a provider and its owners; an
 * employer raises a need, the employment area reviews it and a provider answers it; an
 * employment-area officer runs and saves a provision scenario; an owner proposes a decision, votes
 * for the municipalities it represents and counts the votes. Every page the path ends on is
 * scanned with axe.
 */
@LiveApplication
class MainPathsBrowserTest extends BrowserTestBase {

    @Autowired
    MessageSource messages;

    @Autowired
    AreaDirectory areas;

    @Autowired
    JdbcClient jdbc;

    final List<Axe.Violation> violations = new ArrayList<>();

    @BeforeEach
    void noViolationsYet() {
        violations.clear();
    }

    @AfterEach
    void noSeriousOrCriticalViolations() {
        violations.forEach(v -> System.out.println("axe main path: " + v));
        assertThat(violations.stream().filter(Axe.Violation::failing).toList()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sv", "fi", "en"})
    void thePublicFindsAMunicipalityByItsSwedishName(String lang) {
        // Korsholm is Mustasaari in Finnish, Helsingfors is Helsinki, Åbo is Turku.
        String swedishName = switch (lang) {
            case "sv" -> "Korsholm";
            case "fi" -> "Helsingfors";
            default -> "Åbo";
        };
        var municipality = areas.municipalities().stream()
                .filter(m -> m.names().sv().equals(swedishName))
                .findFirst()
                .orElseThrow();
        browser.open("/?lang=" + lang);
        WebElement search = browser.driver.findElement(By.id("site-search"));
        search.sendKeys(swedishName, Keys.ENTER);
        browser.waitFor(() -> browser.location().startsWith("/search"));
        browser.click(By.cssSelector("main a[href$='/municipalities/" + municipality.code() + "']"));
        browser.waitFor(() -> browser.location().startsWith("/municipalities/" + municipality.code()));
        assertThat(browser.htmlLang()).isEqualTo(lang);
        assertThat(browser.h1()).contains(municipality.names().in(Locale.forLanguageTag(lang)));
        assertThat(browser.text("main")).contains(swedishName);
        scan();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sv", "fi", "en"})
    void anOwnerOpensAProviderAndSeesItsOwners(String lang) {
        browser.open("/?lang=" + lang).login("owner", TestAccounts.PASSWORD);
        MainMenu.go(browser, "/providers");
        browser.waitFor(() -> browser.location().startsWith("/providers"));
        assertThat(browser.h1()).isEqualTo(message("partnership.providers.title", lang));
        browser.click(By.partialLinkText("Yrkesakademin i Österbotten"));
        browser.waitFor(() -> browser.location().matches("/providers/\\d+.*"));
        long providerId = Long.parseLong(browser.location().replaceAll("^/providers/(\\d+).*$", "$1"));

        // The owners table lists today's owners with their shares, as stored.
        List<Share> expected =
                jdbc.sql("""
                        select ow.municipality_code as code, o.share as share
                        from ownership o join owner ow on ow.code = o.owner_code
                        where o.provider_id = :provider and o.valid_from <= current_date
                          and (o.valid_to is null or o.valid_to > current_date)
                        """).param("provider", providerId).query(Share.class).list();
        assertThat(expected).as("the demo provider has owners").isNotEmpty();
        WebElement owners = browser.driver.findElement(By.xpath("//h2[@id='owners-title']/following::table[1]"));
        List<WebElement> rows = owners.findElements(By.cssSelector("tbody tr"));
        assertThat(rows).hasSize(expected.size());
        String table = owners.getText();
        for (Share share : expected) {
            if (share.code() != null) {
                String name =
                        areas.municipality(share.code()).orElseThrow().names().in(Locale.forLanguageTag(lang));
                assertThat(table).contains(name);
            }
        }
        scan();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sv", "fi", "en"})
    void anEmployerRaisesANeedTheAreaReviewsItAndAProviderAnswersIt(String lang) {
        String text = switch (lang) {
            case "sv" -> "Vi behöver fem svetsare som talar svenska till hösten";
            case "fi" -> "Tarvitsemme viisi hitsaajaa syksyksi";
            default -> "We need five welders by the autumn";
        };
        // The employer types the need and confirms the welders the classifier suggests.
        browser.open("/?lang=" + lang).login("employer", TestAccounts.PASSWORD);
        MainMenu.go(browser, "/needs");
        browser.waitFor(() -> browser.location().startsWith("/needs"));
        browser.click(By.cssSelector("main a[href$='/needs/new']"));
        browser.waitFor(() -> browser.location().startsWith("/needs/new"));
        browser.driver.findElement(By.id("text")).sendKeys(text);
        browser.click(By.cssSelector("button[name='action'][value='suggest']"));
        browser.waitFor(() -> !browser.driver
                .findElements(By.cssSelector("#suggestions input[name='occupations']"))
                .isEmpty());
        assertThat(browser.driver.findElements(By.id("occ-7212")))
                .as("welders (ISCO 7212) are among the suggestions for: %s", text)
                .isNotEmpty();
        WebElement welders = browser.driver.findElement(By.id("occ-7212"));
        if (!welders.isSelected()) {
            welders.click();
        }
        WebElement count = browser.driver.findElement(By.id("headCount"));
        count.clear();
        count.sendKeys("5");
        new Select(browser.driver.findElement(By.id("area"))).selectByValue("MUNICIPALITY:905");
        WebElement horizon = browser.driver.findElement(By.id("horizon"));
        horizon.clear();
        horizon.sendKeys("2027-AUTUMN");
        new Select(browser.driver.findElement(By.id("languageRequirement"))).selectByValue("sv");
        browser.click(By.cssSelector("button[name='action'][value='save']"));
        browser.waitFor(() -> browser.location().matches("/needs/\\d+.*"));
        long needId = Long.parseLong(browser.location().replaceAll("^/needs/(\\d+).*$", "$1"));
        assertThat(browser.text("main")).contains(text).contains("7212").contains(message("dialogue.status.NEW", lang));
        scan();

        // The employment area of Vasa reviews it, which shows it to the providers.
        browser.forget().open("/?lang=" + lang).login("employmentarea", TestAccounts.PASSWORD);
        browser.open("/needs/" + needId);
        browser.click(By.cssSelector("form[action$='/needs/" + needId + "/status'] input[value='IN_REVIEW'] ~ button"));
        browser.waitFor(() -> browser.text("main").contains(message("dialogue.status.IN_REVIEW", lang)));

        // A provider finds it in its list and answers with an apprenticeship in Swedish.
        browser.forget().open("/?lang=" + lang).login("provider", TestAccounts.PASSWORD);
        MainMenu.go(browser, "/needs");
        browser.waitFor(() -> browser.location().startsWith("/needs"));
        browser.click(By.cssSelector("main a[href$='/needs/" + needId + "']"));
        browser.waitFor(() -> browser.location().startsWith("/needs/" + needId));
        new Select(browser.driver.findElement(By.id("kind"))).selectByValue("APPRENTICESHIP");
        WebElement places = browser.driver.findElement(By.id("places"));
        places.clear();
        places.sendKeys("5");
        new Select(browser.driver.findElement(By.id("language"))).selectByValue("sv");
        browser.js("document.getElementById('startDate').value = '2027-08-15';");
        String offerText = "Läroavtal " + UUID.randomUUID().toString().substring(0, 6);
        browser.driver.findElement(By.id("message")).sendKeys(offerText);
        browser.driver.findElement(By.id("message")).submit();
        browser.waitFor(() -> browser.text("main").contains(offerText));
        scan();

        // The employer sees the answer on its need.
        browser.forget().open("/?lang=" + lang).login("employer", TestAccounts.PASSWORD);
        browser.open("/needs/" + needId);
        assertThat(browser.text("main"))
                .contains(offerText)
                .contains(fi.livskraft.common.Formats.date(
                        java.time.LocalDate.of(2027, 8, 15), java.util.Locale.forLanguageTag(lang)));
        Integer offers = jdbc.sql("select count(*) from need_offer where need_id = :id")
                .param("id", needId)
                .query(Integer.class)
                .single();
        assertThat(offers).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sv", "fi", "en"})
    void anEmploymentAreaOfficerRunsAndSavesAProvisionScenario(String lang) {
        browser.open("/?lang=" + lang).login("employmentarea", TestAccounts.PASSWORD);
        MainMenu.go(browser, "/economy");
        browser.waitFor(() -> browser.location().startsWith("/economy"));
        browser.click(By.cssSelector("main a[href$='/economy/scenarios']"));
        browser.waitFor(() -> browser.location().startsWith("/economy/scenarios"));
        WebElement extra = browser.driver.findElement(By.id("extraStartPlaces"));
        extra.clear();
        extra.sendKeys("20");
        WebElement horizon = browser.driver.findElement(By.id("horizonYears"));
        horizon.clear();
        horizon.sendKeys("6");
        extra.submit();
        browser.waitFor(() -> browser.location().contains("calculate=1"));
        WebElement result = browser.driver.findElement(By.xpath("//caption[normalize-space()='"
                + message("economypages.scenario.result.caption", lang) + "']/ancestor::table[1]"));
        List<WebElement> years = result.findElements(By.cssSelector("tbody tr"));
        assertThat(years).as("one row per year of the horizon").hasSize(6);
        assertThat(years.get(0).findElements(By.tagName("td")).get(0).getText())
                .as("students in education in the first year")
                .isEqualTo("20");

        String title = "Svetsare " + lang + " " + UUID.randomUUID().toString().substring(0, 6);
        browser.driver.findElement(By.id("title")).sendKeys(title);
        browser.driver.findElement(By.id("title")).submit();
        browser.waitFor(() -> browser.location().matches("/economy/scenarios/[^/?]+\\?saved.*"));
        assertThat(browser.text("main")).contains(title);
        scan();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sv", "fi", "en"})
    void anOwnerProposesVotesForItsMunicipalitiesAndCountsTheVotes(String lang) {
        browser.open("/?lang=" + lang).login("owner", TestAccounts.PASSWORD);
        MainMenu.go(browser, "/steering");
        browser.waitFor(() -> browser.location().startsWith("/steering"));
        browser.click(By.partialLinkText("Yrkesakademin i Österbotten"));
        browser.waitFor(() -> browser.location().startsWith("/steering/providers/"));

        String title = "Utbildning i svetsning " + lang + " "
                + UUID.randomUUID().toString().substring(0, 6);
        browser.driver.findElement(By.id("decision-title")).sendKeys(title);
        browser.driver.findElement(By.id("proposal")).sendKeys("Tio nya studieplatser i svetsning från hösten 2027.");
        browser.driver.findElement(By.id("proposal")).submit();
        browser.waitFor(() -> browser.location().contains("proposalSaved"));
        browser.click(By.linkText(title));
        browser.waitFor(() -> browser.location().startsWith("/steering/decisions/"));

        // The owner representative votes yes for each municipality it represents: Vasa, Korsholm, Närpes.
        List<String> votedFor = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            List<WebElement> options = browser.driver.findElements(By.cssSelector("#ownerCode option"));
            List<String> codes = options.stream()
                    .map(o -> o.getAttribute("value"))
                    .filter(c -> !votedFor.contains(c))
                    .toList();
            if (codes.isEmpty()) {
                break;
            }
            new Select(browser.driver.findElement(By.id("ownerCode"))).selectByValue(codes.get(0));
            browser.driver.findElement(By.id("vote-YES")).click();
            browser.driver.findElement(By.id("vote-YES")).submit();
            browser.waitFor(() -> browser.location().contains("voted"));
            votedFor.add(codes.get(0));
        }
        assertThat(votedFor).containsExactlyInAnyOrder("905", "499", "545");
        assertThat(browser.driver.findElements(By.cssSelector("#votes tbody tr")))
                .as("one row per vote cast")
                .hasSize(3);

        browser.click(By.cssSelector("form[action$='/close'] button"));
        browser.waitFor(() -> browser.location().contains("closed"));
        String rule = jdbc.sql("select rule from steering_decision where title = :title")
                .param("title", title)
                .query(String.class)
                .single();
        // 30 + 22 + 14 = 66 % of the shares, but 3 of 7 members: a share majority passes, two thirds
        // of the members does not, nor does unanimity.
        boolean passes = "SHARE_MAJORITY".equals(rule);
        assertThat(browser.driver.findElement(By.id("outcome")).getText())
                .as("outcome under %s", rule)
                .isEqualTo(message(passes ? "steering.decision.passed" : "steering.decision.failed", lang));
        BigDecimal yesShare =
                jdbc.sql("""
                        select coalesce(sum(v.share), 0) from steering_vote v
                        join steering_decision d on d.id = v.decision_id
                        where d.title = :title and v.vote = 'YES'
                        """).param("title", title).query(BigDecimal.class).single();
        assertThat(yesShare).isEqualByComparingTo("66");
        scan();
    }

    record Share(String code, BigDecimal share) {}

    private void scan() {
        violations.addAll(Axe.scan(browser));
    }

    private String message(String key, String lang, Object... args) {
        return messages.getMessage(key, args, Locale.forLanguageTag(lang));
    }
}
