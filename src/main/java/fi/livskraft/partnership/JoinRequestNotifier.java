package fi.livskraft.partnership;

import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;

/**
 * Tells the applicant by e-mail, in the applicant's language, that the request was received and
 * later how it was decided, when SMTP is configured ({@code spring.mail.host}). Sent after the
 * change is committed; a failure to send is logged and never undoes the change. Demonstration
 * requests are never mailed. The status page is the applicant's source of truth either way.
 */
@Component
class JoinRequestNotifier {

    private static final Logger log = LoggerFactory.getLogger(JoinRequestNotifier.class);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final JoinRequests joinRequests;
    private final MessageSource messages;
    private final TransactionTemplate newTransaction;
    private final String mailHost;
    private final String publicUrl;
    private final String from;

    JoinRequestNotifier(
            ObjectProvider<JavaMailSender> mailSender,
            JoinRequests joinRequests,
            MessageSource messages,
            PlatformTransactionManager transactions,
            @Value("${spring.mail.host:}") String mailHost,
            @Value("${livskraft.public-url:http://localhost:8080}") String publicUrl,
            @Value("${livskraft.mail-from:livskraft@localhost}") String from) {
        this.mailSender = mailSender;
        this.joinRequests = joinRequests;
        this.messages = messages;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.mailHost = mailHost;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
        this.from = from;
    }

    @TransactionalEventListener
    void on(JoinRequestEvent event) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null || !StringUtils.hasText(mailHost)) {
            return;
        }
        JoinRequest request = joinRequests.find(event.id());
        if (request.demo()) {
            return;
        }
        try {
            sender.send(message(request, event.decided()));
            newTransaction.executeWithoutResult(status -> joinRequests.markNotified(request.id()));
        } catch (MailException e) {
            log.warn("Could not e-mail the applicant of join request {}: {}", request.id(), e.getMessage());
        }
    }

    SimpleMailMessage message(JoinRequest request, boolean decided) {
        Locale locale = Locale.forLanguageTag(request.language());
        String link = publicUrl + request.statusPath();
        String kind = decided ? "decided." + request.status().name() : "received";
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(from);
        mail.setTo(request.contactEmail());
        mail.setSubject(messages.getMessage(
                "partnership.mail." + kind + ".subject", new Object[] {request.organisationName()}, locale));
        String note = request.decisionNote() == null ? "" : request.decisionNote();
        mail.setText(messages.getMessage(
                "partnership.mail." + kind + ".body",
                new Object[] {request.contactName(), request.organisationName(), link, note},
                locale));
        return mail;
    }
}
