package fi.livskraft.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The main menu as a person uses it: on a small screen the menu button first, then the group that
 * holds the link (a disclosure list), then the link itself.
 */
final class MainMenu {

    private MainMenu() {}

    /** Follows the main menu's link whose address ends with {@code path}. */
    static void go(Browser browser, String path) {
        By link = By.cssSelector(".main-nav a[href$='" + path + "']");
        WebElement target = browser.driver.findElement(link);
        if (!target.isDisplayed()) {
            List<WebElement> button = browser.driver.findElements(By.cssSelector(".main-nav .menu-button"));
            if (!button.isEmpty()
                    && button.get(0).isDisplayed()
                    && "false".equals(button.get(0).getAttribute("aria-expanded"))) {
                button.get(0).click();
            }
        }
        if (!target.isDisplayed()) {
            target.findElement(By.xpath("./ancestor::details[1]/summary")).click();
        }
        browser.click(link);
    }
}
