package fi.livskraft.classification;

import fi.livskraft.common.NotFoundException;
import java.util.List;
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
    String group(@PathVariable String code, Model model) {
        IscoGroup group =
                classifications.iscoGroup(code).orElseThrow(() -> new NotFoundException("occupation group", code));
        model.addAttribute("group", group);
        model.addAttribute("ancestors", classifications.ancestors(code));
        model.addAttribute("children", classifications.children(code));
        return "classification/occupation";
    }
}
