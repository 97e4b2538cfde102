package fi.livskraft.search;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The search page ({@code /search?q=}) and its API twin ({@code GET /api/v1/search?q=}). */
@Controller
@Tag(name = "Search")
class SearchController {

    private final Search search;

    SearchController(Search search) {
        this.search = search;
    }

    @GetMapping("/search")
    String page(@RequestParam(name = "q", required = false) String q, Model model) {
        SearchResults results = search.find(q);
        model.addAttribute("q", results.query());
        model.addAttribute("results", results);
        return "search/results";
    }

    @GetMapping("/api/v1/search")
    @ResponseBody
    @Operation(
            summary = "Find municipalities (by any current or former Finnish or Swedish name), providers"
                    + " (signed-in callers only) and qualifications")
    SearchResults api(@RequestParam(name = "q", required = false) String q) {
        return search.find(q);
    }
}
