package fi.livskraft.classification;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The public pages of the ISCO-08 occupation classification: the top two levels, and each group. */
@Controller
class OccupationController {

    private final Classifications classifications;

    OccupationController(Classifications classifications) {
        this.classifications = classifications;
    }

    /** A major group with its sub-major groups. */
    record MajorGroup(IscoGroup group, List<IscoGroup> subMajorGroups) {}

    @GetMapping("/occupations")
    String list(Model model) {
        List<IscoGroup> subMajor = classifications.iscoGroups(2);
        List<MajorGroup> majors = classifications.iscoGroups(1).stream()
                .map(major -> new MajorGroup(
                        major,
                        subMajor.stream()
                                .filter(g -> major.code().equals(g.parentCode()))
                                .toList()))
                .toList();
        model.addAttribute("majors", majors);
        return "classification/occupations";
    }

    @GetMapping("/occupations/{code}")
    String group(@PathVariable String code, Model model, HttpServletResponse response) {
        Optional<IscoGroup> group = classifications.iscoGroup(code);
        if (group.isEmpty()) {
            return NotFoundPage.show(model, response, code, "classification.not-found.occupation", "/occupations");
        }
        model.addAttribute("group", group.get());
        model.addAttribute("ancestors", classifications.ancestors(code));
        model.addAttribute("children", classifications.children(code));
        return "classification/occupation";
    }
}
