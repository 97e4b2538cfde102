package fi.livskraft.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

class JoinRequestNotifierTests {

    private static JoinRequestNotifier notifier() {
        ReloadableResourceBundleMessageSource messages = new ReloadableResourceBundleMessageSource();
        messages.setBasename("classpath:messages/partnership");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new JoinRequestNotifier(
                new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class),
                null,
                messages,
                new DataSourceTransactionManager(),
                "smtp.example.fi",
                "https://livskraft.example.fi/",
                "noreply@example.fi");
    }

    private static JoinRequest request(JoinRequestStatus status, String language, String note) {
        return new JoinRequest(
                7,
                "abcdefghijklmnopqrstuvwxyz012345",
                "Malax Företagare rf",
                OrganisationType.ASSOCIATION,
                "Mikael",
                "mikael@example.fi",
                "",
                language,
                status,
                Instant.now(),
                null,
                null,
                note,
                null,
                false,
                0);
    }

    @Test
    void tellsTheApplicantInTheirLanguageWithTheStatusLink() {
        SimpleMailMessage received = notifier().message(request(JoinRequestStatus.PENDING, "sv", null), false);
        assertThat(received.getTo()).containsExactly("mikael@example.fi");
        assertThat(received.getSubject()).contains("har tagits emot");
        assertThat(received.getText())
                .startsWith("Hej Mikael,")
                .contains("https://livskraft.example.fi/join/status/abcdefghijklmnopqrstuvwxyz012345");
        SimpleMailMessage declined =
                notifier().message(request(JoinRequestStatus.DECLINED, "fi", "Ei tänä vuonna."), true);
        assertThat(declined.getText()).contains("on hylätty").contains("Ei tänä vuonna.");
    }

    @Test
    void doesNothingWithoutAMailSender() {
        // No JavaMailSender bean and no JoinRequests (null): any attempt to read or send would fail.
        assertThatCode(() -> notifier().on(new JoinRequestEvent(7, false))).doesNotThrowAnyException();
    }
}
