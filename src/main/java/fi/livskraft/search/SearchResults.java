package fi.livskraft.search;

import java.util.List;

/**
 * What the search found, best first in each group. {@code matchedName} is the name that matched when
 * it is not today's name (a former municipality, say, or the ESCO occupation label through which an
 * occupation group was found). Providers are listed for signed-in users only.
 */
record SearchResults(
        String query, List<Hit> municipalities, List<Hit> providers, List<Hit> qualifications, List<Hit> occupations) {

    /** One hit, with names in Finnish, Swedish and English and the page it opens. */
    record Hit(String code, String nameFi, String nameSv, String nameEn, String matchedName, String href) {}

    SearchResults {
        municipalities = List.copyOf(municipalities);
        providers = List.copyOf(providers);
        qualifications = List.copyOf(qualifications);
        occupations = List.copyOf(occupations);
    }

    public boolean nothingFound() {
        return municipalities.isEmpty() && providers.isEmpty() && qualifications.isEmpty() && occupations.isEmpty();
    }

    public int total() {
        return municipalities.size() + providers.size() + qualifications.size() + occupations.size();
    }
}
