package fi.livskraft.classification;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;

/**
 * The 404 page of an unknown code, rendered by the page's own handler so that it has the full
 * layout (language links, signed-in user) and a way back to the list.
 */
final class NotFoundPage {

    static final String VIEW = "classification/not-found";

    private NotFoundPage() {}

    static String show(Model model, HttpServletResponse response, String code, String messageKey, String back) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        model.addAttribute("code", code);
        model.addAttribute("messageKey", messageKey);
        model.addAttribute("back", back);
        return VIEW;
    }
}
