package fi.livskraft.partnership.web;

import fi.livskraft.partnership.Employer;
import fi.livskraft.partnership.Employers;
import fi.livskraft.partnership.NewEmployer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseBody;

/** Employers: pages {@code /employers} and the JSON API (logged in; the coordinator registers). */
@Controller
@Tag(name = "Employers", description = "Employers taking part in the workforce dialogue")
class EmployerController {

    private final Employers employers;

    EmployerController(Employers employers) {
        this.employers = employers;
    }

    /** An employer as JSON. */
    record EmployerJson(
            long id,
            String name,
            String businessId,
            String municipalityCode,
            String industry,
            boolean demo,
            int version) {

        static EmployerJson from(Employer e) {
            return new EmployerJson(
                    e.id(), e.name(), e.businessId(), e.municipalityCode(), e.industry(), e.demo(), e.version());
        }
    }

    /** Body of POST /api/v1/employers. */
    record EmployerBody(String name, String businessId, String municipalityCode, String industry) {}

    @GetMapping("/employers")
    String list(Model model) {
        model.addAttribute("employers", employers.list());
        return "partnership/employers";
    }

    @GetMapping("/employers/{id}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("employer", employers.get(id));
        return "partnership/employer";
    }

    @GetMapping("/api/v1/employers")
    @ResponseBody
    @Operation(summary = "List employers")
    List<EmployerJson> api() {
        return employers.list().stream().map(EmployerJson::from).toList();
    }

    @GetMapping("/api/v1/employers/{id}")
    @ResponseBody
    @Operation(summary = "One employer")
    EmployerJson apiOne(@PathVariable long id) {
        return EmployerJson.from(employers.get(id));
    }

    @PostMapping("/api/v1/employers")
    @ResponseBody
    @PreAuthorize("hasRole('COORDINATOR')")
    @Operation(
            summary = "Register an employer (coordinator)",
            description = "The business ID is optional; when"
                    + " given it must be valid (NNNNNNN-C with its check digit) and not registered yet.")
    ResponseEntity<EmployerJson> create(@RequestBody EmployerBody body) {
        Employer created = employers.create(
                new NewEmployer(body.name(), body.businessId(), body.municipalityCode(), body.industry(), false));
        return ResponseEntity.created(URI.create("/api/v1/employers/" + created.id()))
                .body(EmployerJson.from(created));
    }
}
