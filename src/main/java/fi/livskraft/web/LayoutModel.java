package fi.livskraft.web;

import fi.livskraft.account.Actor;
import fi.livskraft.common.AppSettings;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** What the layout needs on every page: who is signed in, the language links, the demo banner. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class LayoutModel {

    private final AppSettings settings;

    LayoutModel(AppSettings settings) {
        this.settings = settings;
    }

    @ModelAttribute("actor")
    Actor actor() {
        return Actor.current().orElse(null);
    }

    @ModelAttribute("demoData")
    boolean demoData() {
        return settings.demoDataLoaded();
    }

    /** The current address in each language, for the language switch. */
    @ModelAttribute("languageLinks")
    Map<String, String> languageLinks(HttpServletRequest request) {
        return Map.of(
                "sv", withLang(request, "sv"),
                "fi", withLang(request, "fi"),
                "en", withLang(request, "en"));
    }

    /** Adds the layout's attributes to a view made outside a controller (error pages). */
    void populate(org.springframework.web.servlet.ModelAndView view, HttpServletRequest request) {
        view.addObject("actor", actor());
        view.addObject("demoData", demoData());
        view.addObject("languageLinks", languageLinks(request));
        view.addObject("currentPath", currentPath(request));
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }

    private static String withLang(HttpServletRequest request, String lang) {
        return ServletUriComponentsBuilder.fromRequest(request)
                .replaceQueryParam(LanguageConfiguration.PARAM, lang)
                .replaceQueryParam("continue")
                .build()
                .toUriString()
                .replaceFirst("^https?://[^/]+", "");
    }
}
