package fi.livskraft.dialogue.web;

import fi.livskraft.account.Actor;
import fi.livskraft.account.Role;
import fi.livskraft.common.InvalidInputException;
import fi.livskraft.dialogue.Need;
import fi.livskraft.dialogue.NeedStatus;
import fi.livskraft.dialogue.Needs;
import fi.livskraft.dialogue.NewOffer;
import fi.livskraft.dialogue.OfferKind;
import fi.livskraft.dialogue.Offers;
import fi.livskraft.dialogue.Places;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** A need's page: its confirmed occupations, status changes, offers and (for providers) the offer form. */
@Controller
class NeedDetailPages {

    private final Needs needs;
    private final Offers offers;
    private final MessageSource messages;
    private final Places placeNames;

    NeedDetailPages(Needs needs, Offers offers, MessageSource messages, Places placeNames) {
        this.needs = needs;
        this.offers = offers;
        this.messages = messages;
        this.placeNames = placeNames;
    }

    @GetMapping("/needs/{id}")
    ModelAndView detail(@PathVariable long id) {
        return page(id, new NewOffer("", "", "", null, "", "", ""), Map.of(), HttpStatus.OK);
    }

    @PostMapping("/needs/{id}/offers")
    ModelAndView offer(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String providerId,
            @RequestParam(defaultValue = "") String kind,
            @RequestParam(defaultValue = "") String qualificationCode,
            @RequestParam(defaultValue = "") String places,
            @RequestParam(defaultValue = "") String language,
            @RequestParam(defaultValue = "") String startDate,
            @RequestParam(defaultValue = "") String message,
            Locale locale) {
        Integer count;
        try {
            count = places.isBlank() ? null : Integer.valueOf(places.strip());
        } catch (NumberFormatException e) {
            count = -1;
        }
        NewOffer form = new NewOffer(providerId, kind, qualificationCode, count, language, startDate, message);
        try {
            offers.create(id, form, NeedPages.actor(), false);
            return new ModelAndView("redirect:/needs/" + id + "?offered");
        } catch (InvalidInputException e) {
            return page(id, form, FormErrors.of(e, messages, locale), HttpStatus.BAD_REQUEST);
        }
    }

    private ModelAndView page(long id, NewOffer form, Map<String, String> errors, HttpStatus status) {
        Actor actor = NeedPages.actor();
        Need need = needs.get(id, actor);
        ModelAndView page = new ModelAndView("dialogue/need", status);
        page.addObject("need", need);
        page.addObject("offers", offers.forNeed(id));
        page.addObject(
                "nextStatuses",
                need.status().next().stream()
                        .filter(s -> needs.mayChangeStatus(actor, need, s))
                        .sorted()
                        .toList());
        page.addObject("mayOffer", needs.mayOffer(actor, need));
        page.addObject("closed", need.status() == NeedStatus.CLOSED);
        page.addObject("isProvider", actor.has(Role.PROVIDER));
        List<String> providerIds = actor.scopes(Role.PROVIDER).stream().sorted().toList();
        Map<String, fi.livskraft.common.Names> providerNames = new java.util.HashMap<>();
        providerIds.stream()
                .filter(p -> p.matches("[0-9]{1,18}"))
                .forEach(p -> placeNames.providerName(Long.parseLong(p)).ifPresent(n -> providerNames.put(p, n)));
        page.addObject("providerIds", providerIds);
        page.addObject("providerNames", providerNames);
        page.addObject("offerKinds", OfferKind.values());
        page.addObject("offerForm", form);
        page.addObject("errors", errors);
        return page;
    }
}
