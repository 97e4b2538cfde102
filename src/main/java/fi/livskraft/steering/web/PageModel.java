package fi.livskraft.steering.web;

import fi.livskraft.account.Actor;
import fi.livskraft.partnership.OwnerShare;
import fi.livskraft.partnership.ProviderDetail;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Small helpers the steering pages share. */
final class PageModel {

    private PageModel() {}

    /** Owner code to name in the page language, in share order. */
    static Map<String, String> ownerNames(ProviderDetail provider, Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        for (OwnerShare o : provider.owners()) {
            names.put(o.code(), o.names().in(locale));
        }
        return names;
    }

    static Actor actor() {
        return Actor.current().orElseThrow();
    }
}
