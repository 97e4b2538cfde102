package fi.livskraft.audit;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The audit log, for the coordinator: a page and {@code GET /api/v1/audit}. */
@Controller
@PreAuthorize("hasRole('COORDINATOR')")
class AuditController {

    private final AuditLog auditLog;

    AuditController(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @GetMapping("/audit")
    String page(@RequestParam(required = false) String type, Model model) {
        model.addAttribute("events", auditLog.latest(type, 500));
        model.addAttribute("types", auditLog.entityTypes());
        model.addAttribute("type", type);
        return "audit/log";
    }

    @GetMapping("/api/v1/audit")
    @ResponseBody
    List<AuditEvent> api(@RequestParam(required = false) String type, @RequestParam(defaultValue = "200") int limit) {
        return auditLog.latest(type, limit);
    }
}
