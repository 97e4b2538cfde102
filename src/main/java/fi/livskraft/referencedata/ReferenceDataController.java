package fi.livskraft.referencedata;

import fi.livskraft.common.ImportFailedException;
import fi.livskraft.common.ImportReport;
import fi.livskraft.common.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The coordinator's reference-data page: the import history and a form that runs an importer. */
@Controller
@PreAuthorize("hasRole('COORDINATOR')")
class ReferenceDataController {

    private final ReferenceImports imports;

    ReferenceDataController(ReferenceImports imports) {
        this.imports = imports;
    }

    @GetMapping("/reference-data")
    String page(Model model) {
        model.addAttribute("importers", imports.importers());
        model.addAttribute("history", imports.history());
        return "referencedata/page";
    }

    @PostMapping("/reference-data")
    String upload(
            @RequestParam(required = false) String format,
            @RequestParam(required = false) MultipartFile file,
            RedirectAttributes redirect)
            throws IOException {
        boolean given = file != null && !file.isEmpty();
        String fileName = ReferenceImports.fileName(given ? file.getOriginalFilename() : null);
        UploadOutcome outcome;
        try (InputStream in = given ? file.getInputStream() : InputStream.nullInputStream()) {
            ImportReport report = imports.run(format, fileName, in, given);
            outcome = UploadOutcome.stored(format, report);
        } catch (InvalidInputException e) {
            outcome = UploadOutcome.formError(format, e.errors());
        } catch (ImportFailedException e) {
            outcome = UploadOutcome.refused(format, fileName, e.problems());
        }
        redirect.addFlashAttribute("outcome", outcome);
        return "redirect:/reference-data";
    }
}
