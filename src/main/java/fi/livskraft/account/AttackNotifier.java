package fi.livskraft.account;

import fi.livskraft.common.PublicUrl;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Tells a user by e-mail (in Swedish, Finnish and English) that someone is trying passwords on
 * their account, when SMTP is configured ({@code spring.mail.host}) and the account has an
 * address. Demonstration accounts are never mailed. A failure to send is logged.
 */
@Component
class AttackNotifier {

    private static final Logger log = LoggerFactory.getLogger(AttackNotifier.class);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final JdbcClient jdbc;
    private final MessageSource messages;
    private final String mailHost;
    private final PublicUrl publicUrl;
    private final String from;

    AttackNotifier(
            ObjectProvider<JavaMailSender> mailSender,
            JdbcClient jdbc,
            MessageSource messages,
            @Value("${spring.mail.host:}") String mailHost,
            PublicUrl publicUrl,
            @Value("${livskraft.mail-from:livskraft@localhost}") String from) {
        this.mailSender = mailSender;
        this.jdbc = jdbc;
        this.messages = messages;
        this.mailHost = mailHost;
        this.publicUrl = publicUrl;
        this.from = from;
    }

    @EventListener
    void on(AccountUnderAttack event) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null || !StringUtils.hasText(mailHost)) {
            return;
        }
        jdbc.sql("select email from app_user where lower(username) = ? and not demo and email is not null")
                .param(event.username())
                .query(String.class)
                .optional()
                .filter(StringUtils::hasText)
                .ifPresent(email -> {
                    try {
                        sender.send(message(email, event));
                    } catch (MailException e) {
                        log.warn("Could not e-mail the user of account {}: {}", event.username(), e.getMessage());
                    }
                });
    }

    SimpleMailMessage message(String email, AccountUnderAttack event) {
        List<Locale> languages = List.of(Locale.forLanguageTag("sv"), Locale.forLanguageTag("fi"), Locale.ENGLISH);
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(from);
        mail.setTo(email);
        mail.setSubject(String.join(
                " / ",
                languages.stream()
                        .map(l -> messages.getMessage("account.mail.attack.subject", null, l))
                        .toList()));
        mail.setText(String.join(
                "\n\n",
                languages.stream()
                        .map(l -> messages.getMessage(
                                "account.mail.attack.body",
                                new Object[] {event.username(), event.failures(), publicUrl.of("/login")},
                                l))
                        .toList()));
        return mail;
    }
}
