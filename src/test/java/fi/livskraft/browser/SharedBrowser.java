package fi.livskraft.browser;

import fi.livskraft.account.UserAccounts;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * One Chromium for every browser test class of the run (started by the first class that asks,
 * quit when the run ends), pointed at the application before each test, and one set of
 * {@link TestAccounts}. A class takes them as parameters, e.g. of a static {@code @BeforeAll}.
 */
final class SharedBrowser implements ParameterResolver, BeforeEachCallback {

    private static final ExtensionContext.Namespace SHARED = ExtensionContext.Namespace.create(SharedBrowser.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Browser.class || type == TestAccounts.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Browser.class ? browser(context) : accounts(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        String port = application(context).getEnvironment().getProperty("local.server.port");
        browser(context).at(Integer.parseInt(port));
    }

    private static Browser browser(ExtensionContext context) {
        // the root store closes it (Browser is AutoCloseable) when the whole run is over
        return context.getRoot().getStore(SHARED).computeIfAbsent(Browser.class, k -> Browser.start(), Browser.class);
    }

    private static TestAccounts accounts(ExtensionContext context) {
        ApplicationContext application = application(context);
        return context.getRoot()
                .getStore(SHARED)
                .computeIfAbsent(
                        TestAccounts.class,
                        k -> new TestAccounts(
                                application.getBean(UserAccounts.class), application.getBean(JdbcClient.class)),
                        TestAccounts.class);
    }

    private static ApplicationContext application(ExtensionContext context) {
        return SpringExtension.getApplicationContext(context);
    }
}
