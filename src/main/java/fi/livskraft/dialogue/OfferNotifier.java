package fi.livskraft.dialogue;

import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.util.StringUtils;

/**
 * Tells the users who act for the organisation that raised a need, by e-mail in the need's
 * language, that a provider answered it, when SMTP is configured ({@code spring.mail.host}). Sent
 * after the offer is committed; a failure is logged and never undoes the offer. Demonstration
 * needs are never mailed. The need's page is the source of truth either way.
 */
@Component
class OfferNotifier {

    private static final Logger log = LoggerFactory.getLogger(OfferNotifier.class);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final JdbcClient jdbc;
    private final MessageSource messages;
    private final String mailHost;
    private final String publicUrl;
    private final String from;

    OfferNotifier(
            ObjectProvider<JavaMailSender> mailSender,
            JdbcClient jdbc,
            MessageSource messages,
            @Value("${spring.mail.host:}") String mailHost,
            @Value("${livskraft.public-url:http://localhost:8080}") String publicUrl,
            @Value("${livskraft.mail-from:livskraft@localhost}") String from) {
        this.mailSender = mailSender;
        this.jdbc = jdbc;
        this.messages = messages;
        this.mailHost = mailHost;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
        this.from = from;
    }

    @TransactionalEventListener
    void on(OfferMade event) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null || !StringUtils.hasText(mailHost)) {
            return;
        }
        record Target(String kind, String ref, String language, boolean demo, String provider) {}
        Target target = jdbc.sql("""
                select n.raised_by_kind, n.raised_by_ref, n.text_language, n.demo, p.name_fi
                from workforce_need n join need_offer o on o.need_id = n.id join provider p on p.id = o.provider_id
                where o.id = ?""")
                .param(event.offerId())
                .query((rs, i) -> new Target(
                        rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4), rs.getString(5)))
                .single();
        if (target.demo()) {
            return;
        }
        List<String> recipients = jdbc.sql("""
                select distinct u.email from app_user u join app_user_role r on r.user_id = u.id
                where u.enabled and u.email is not null and u.email <> '' and r.role = ? and r.scope_ref = ?""")
                .params(target.kind(), target.ref())
                .query(String.class)
                .list();
        if (recipients.isEmpty()) {
            return;
        }
        Locale locale = Locale.forLanguageTag(target.language());
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(from);
        mail.setTo(recipients.toArray(String[]::new));
        mail.setSubject(messages.getMessage("dialogue.mail.offer.subject", new Object[] {event.needId()}, locale));
        mail.setText(messages.getMessage(
                "dialogue.mail.offer.body",
                new Object[] {target.provider(), publicUrl + "/needs/" + event.needId()},
                locale));
        try {
            sender.send(mail);
        } catch (MailException e) {
            log.warn("Could not e-mail the raiser of workforce need {}: {}", event.needId(), e.getMessage());
        }
    }
}
