package fi.livskraft.audit;

import fi.livskraft.common.Formats;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * One audit event as the page shows it, in the page's language: when, who, what was done to what,
 * and what changed field by field. The summary the code recorded (in English) and the raw
 * documents stay available as technical detail.
 */
public record AuditRow(AuditEvent event, String when, String action, String entity, List<AuditChanges.Change> changes) {

    static AuditRow of(AuditEvent e, Locale locale, MessageSource messages, JsonMapper json) {
        String action = messages.getMessage("audit.action." + e.action(), null, e.action(), locale);
        String entity = messages.getMessage("audit.entity." + e.entityType(), null, readable(e.entityType()), locale);
        return new AuditRow(
                e, Formats.dateTime(e.at(), locale), action, entity, AuditChanges.between(e.before(), e.after(), json));
    }

    private static String readable(String type) {
        return type == null ? "" : type.replace('_', ' ').replace('-', ' ');
    }
}
