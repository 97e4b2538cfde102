package fi.livskraft.audit;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import tools.jackson.databind.json.JsonMapper;

/** The audit log, for the coordinator: a page and {@code GET /api/v1/audit}. */
@Controller
@PreAuthorize("hasRole('COORDINATOR')")
class AuditController {

    private final AuditLog auditLog;
    private final MessageSource messages;
    private final JsonMapper json;

    AuditController(AuditLog auditLog, MessageSource messages, JsonMapper json) {
        this.auditLog = auditLog;
        this.messages = messages;
        this.json = json;
    }

    @GetMapping("/audit")
    String page(@RequestParam(required = false) String type, Model model, Locale locale) {
        model.addAttribute(
                "events",
                auditLog.latest(type, 500).stream()
                        .map(e -> AuditRow.of(e, locale, messages, json))
                        .toList());
        model.addAttribute(
                "types",
                auditLog.entityTypes().stream()
                        .map(t -> Map.entry(t, messages.getMessage("audit.entity." + t, null, t, locale)))
                        .sorted(Map.Entry.comparingByValue(java.text.Collator.getInstance(locale)))
                        .toList());
        model.addAttribute("type", type);
        return "audit/log";
    }

    @GetMapping("/api/v1/audit")
    @ResponseBody
    List<AuditEvent> api(@RequestParam(required = false) String type, @RequestParam(defaultValue = "200") int limit) {
        return auditLog.latest(type, limit);
    }
}
