package fi.livskraft.evidence;

import fi.livskraft.account.Actor;
import fi.livskraft.common.FieldError;
import fi.livskraft.common.InvalidInputException;
import fi.livskraft.common.NotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The coordinator's imports page: choose a format, upload, and follow the import running in the
 * background (the job page polls itself with htmx every second; without JavaScript it has a
 * refresh link).
 */
@Controller
@PreAuthorize("hasRole('COORDINATOR')")
class ImportsPageController {

    private static final int RECENT = 20;

    private final Imports imports;
    private final ImportJobs jobs;

    ImportsPageController(Imports imports, ImportJobs jobs) {
        this.imports = imports;
        this.jobs = jobs;
    }

    @GetMapping("/imports")
    String page(Model model) {
        model.addAttribute("importers", imports.importers());
        model.addAttribute("jobs", jobs.recent(RECENT));
        return "evidence/imports";
    }

    @PostMapping("/imports")
    String upload(
            @RequestParam(required = false) String format,
            @RequestParam(required = false) MultipartFile file,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        try {
            imports.require(format);
            if (file == null || file.isEmpty()) {
                throw new InvalidInputException(FieldError.of("file", "evidence.imports.no-file"));
            }
        } catch (InvalidInputException e) {
            model.addAttribute("formError", e.errors().get(0));
            model.addAttribute("format", format);
            model.addAttribute("status", HttpStatus.BAD_REQUEST);
            return page(model);
        }
        Path spooled = Files.createTempFile("livskraft-upload-", ".bin");
        file.transferTo(spooled);
        String by = Actor.current().map(Actor::username).orElse("unknown");
        long id = jobs.start(format, Imports.fileName(file.getOriginalFilename()), spooled, by);
        return "redirect:/imports/jobs/" + id;
    }

    @GetMapping("/imports/jobs/{id}")
    String job(@PathVariable long id, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        ImportJob job = jobs.find(id).orElseThrow(() -> new NotFoundException("import job", String.valueOf(id)));
        model.addAttribute("job", job);
        return htmx != null ? "evidence/job :: status" : "evidence/job";
    }
}
