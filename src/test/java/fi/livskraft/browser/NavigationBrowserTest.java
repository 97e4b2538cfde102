package fi.livskraft.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/** What a person does with the layout in a real browser: log in, switch language, use the keyboard. */
@LiveApplication
class NavigationBrowserTest extends BrowserTestBase {

    @Autowired
    MessageSource messages;

    @Test
    void logsInThroughTheFormAndOut() {
        String username = accounts.username(Visitor.OWNER);
        browser.open("/?lang=en");
        browser.driver.findElement(By.cssSelector(".account a[href$='/login']")).click();
        assertThat(browser.location()).startsWith("/login");

        browser.login(username, "wrong-password");
        assertThat(browser.driver.findElement(By.cssSelector(".error-summary")).getText())
                .isEqualTo(message("login.error", "en"));

        browser.login(username, TestAccounts.PASSWORD);
        assertThat(browser.location())
                .as("an owner representative lands on their municipality's situation")
                .matches("/municipalities/\\d{3}");
        assertThat(browser.driver.findElement(By.cssSelector(".account")).getText())
                .contains(message("layout.signed-in", "en", username));

        browser.driver
                .findElement(By.cssSelector(".account form[action$='/logout'] button"))
                .click();
        browser.waitFor(() -> browser.location().equals("/?loggedOut"));
        assertThat(browser.driver.findElement(By.cssSelector("[role=status]")).getText())
                .isEqualTo(message("layout.logged-out", "en"));
        assertThat(browser.driver.findElements(By.cssSelector(".account a[href$='/login']")))
                .isNotEmpty();
    }

    @Test
    void languageLinksChangeTheLanguageOfThePage() {
        browser.open("/");
        for (String lang : List.of("sv", "fi", "en")) {
            browser.driver
                    .findElement(By.cssSelector(".lang-switch a[hreflang='" + lang + "']"))
                    .click();
            browser.waitFor(() -> lang.equals(browser.htmlLang()));
            assertThat(browser.h1()).isEqualTo(message("overview.title", lang));
            assertThat(browser.driver.findElement(By.cssSelector(".skip-link")).getAttribute("textContent"))
                    .isEqualTo(message("layout.skip", lang));
            assertThat(browser.driver
                            .findElement(By.cssSelector(".main-nav a[href$='/municipalities']"))
                            .getAttribute("textContent"))
                    .isEqualTo(message("nav.municipalities", lang));
            assertThat(browser.driver
                            .findElement(By.cssSelector(".lang-switch a[hreflang='" + lang + "']"))
                            .getAttribute("aria-current"))
                    .isEqualTo("true");
        }
        // The choice is remembered on the next page.
        browser.open("/accessibility");
        assertThat(browser.htmlLang()).isEqualTo("en");
        assertThat(browser.h1()).isEqualTo(message("accessibility.title", "en"));
    }

    @Test
    void skipLinkIsTheFirstTabStopAndMovesFocusToTheMainContent() {
        browser.open("/?lang=sv");
        new Actions(browser.driver).sendKeys(Keys.TAB).perform();
        WebElement skip = browser.active();
        assertThat(skip.getAttribute("class")).contains("skip-link");
        assertThat(skip.getText()).isEqualTo(message("layout.skip", "sv"));
        assertThat(skip.getRect().getX())
                .as("the focused skip link is on screen")
                .isGreaterThanOrEqualTo(0);

        new Actions(browser.driver).sendKeys(Keys.ENTER).perform();
        browser.waitFor(() -> "main".equals(browser.active().getAttribute("id")));
        assertThat((String) browser.js("return location.hash;")).isEqualTo("#main");
    }

    @Test
    void keyboardAloneReachesTheSearchBoxAndSubmitsIt() {
        browser.open("/?lang=fi");
        List<String> stops = new ArrayList<>();
        for (int i = 0; i < 20 && !"site-search".equals(browser.active().getAttribute("id")); i++) {
            new Actions(browser.driver).sendKeys(Keys.TAB).perform();
            WebElement active = browser.active();
            stops.add(active.getTagName() + "#" + active.getAttribute("id") + "." + active.getAttribute("class"));
        }
        assertThat(browser.active().getAttribute("id"))
                .as("Tab stops before the search box: %s", stops)
                .isEqualTo("site-search");
        assertThat(stops).as("the search box comes early in the header").hasSizeLessThanOrEqualTo(4);

        new Actions(browser.driver).sendKeys("Vaasa").sendKeys(Keys.ENTER).perform();
        browser.waitFor(() -> browser.location().startsWith("/search"));
        assertThat(browser.location()).isEqualTo("/search?q=Vaasa");
    }

    @Test
    void auditLogIsForTheCoordinatorOnly() {
        browser.open("/audit");
        assertThat(browser.location()).as("the public is sent to log in").startsWith("/login");

        browser.open("/?lang=sv").login(accounts.username(Visitor.COORDINATOR), TestAccounts.PASSWORD);
        MainMenu.go(browser, "/audit");
        browser.waitFor(() -> browser.location().startsWith("/audit"));
        assertThat(browser.h1()).isEqualTo(message("audit.title", "sv"));
        assertThat(browser.driver.findElements(By.cssSelector("main table caption, main p")))
                .isNotEmpty();

        browser.forget().open("/?lang=sv");
        browser.login(accounts.username(Visitor.PROVIDER), TestAccounts.PASSWORD);
        assertThat(browser.driver.findElements(By.cssSelector(".main-nav a[href$='/audit']")))
                .as("no audit link for a provider")
                .isEmpty();
        browser.open("/audit");
        assertThat(browser.h1()).isNotEqualTo(message("audit.title", "sv"));
        assertThat(browser.driver.findElement(By.tagName("main")).getText())
                .contains(message("error.forbidden", "sv"))
                .contains("403");
    }

    @Test
    void theGroupedMenuWorksWithTheKeyboardAndFoldsOnAPhone() {
        browser.open("/?lang=sv");
        assertThat(browser.driver.findElements(By.cssSelector(".nav-groups > li")))
                .as("at most seven top-level entries")
                .hasSizeLessThanOrEqualTo(7);
        WebElement municipalities = browser.driver.findElement(By.cssSelector(".main-nav a[href$='/municipalities']"));
        assertThat(municipalities.isDisplayed()).as("a group starts closed").isFalse();
        List<String> stops = new ArrayList<>();
        for (int i = 0;
                i < 20
                        && !message("nav.group.areas", "sv")
                                .equals(browser.active().getText());
                i++) {
            new Actions(browser.driver).sendKeys(Keys.TAB).perform();
            stops.add(browser.active().getText());
        }
        assertThat(browser.active().getText()).as("Tab stops: %s", stops).isEqualTo(message("nav.group.areas", "sv"));
        new Actions(browser.driver).sendKeys(Keys.ENTER).perform();
        browser.waitFor(municipalities::isDisplayed);
        new Actions(browser.driver).sendKeys(Keys.TAB).perform();
        assertThat(browser.active().getText()).isEqualTo(message("nav.municipalities", "sv"));
        new Actions(browser.driver).sendKeys(Keys.ESCAPE).perform();
        browser.waitFor(() -> !municipalities.isDisplayed());
        assertThat(browser.active().getText())
                .as("Escape returns to the group")
                .isEqualTo(message("nav.group.areas", "sv"));

        org.openqa.selenium.Dimension wide = browser.driver.manage().window().getSize();
        try {
            browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
            browser.open("/?lang=fi");
            WebElement button = browser.driver.findElement(By.cssSelector(".main-nav .menu-button"));
            assertThat(button.isDisplayed()).as("the menu button on a phone").isTrue();
            assertThat(button.getAttribute("aria-expanded")).isEqualTo("false");
            assertThat(browser.driver.findElement(By.cssSelector(".nav-groups")).isDisplayed())
                    .isFalse();
            MainMenu.go(browser, "/employment-areas");
            browser.waitFor(() -> browser.location().startsWith("/employment-areas"));
            assertThat(browser.h1()).isNotEmpty();
        } finally {
            browser.driver.manage().window().setSize(wide);
        }
    }

    private String message(String key, String lang, Object... args) {
        return messages.getMessage(key, args, Locale.forLanguageTag(lang));
    }
}
