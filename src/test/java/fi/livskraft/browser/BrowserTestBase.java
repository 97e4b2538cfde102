package fi.livskraft.browser;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * What every browser test class starts from: the shared {@link Browser} and {@link TestAccounts}
 * (see {@link SharedBrowser}), and a new visitor (logged out, no language cookie) before each test.
 */
abstract class BrowserTestBase {

    static Browser browser;
    static TestAccounts accounts;

    @BeforeAll
    static void useTheSharedBrowser(Browser shared, TestAccounts testAccounts) {
        browser = shared;
        accounts = testAccounts;
    }

    @BeforeEach
    void newVisitor() {
        browser.forget();
    }
}
