package fi.livskraft.insight;

import fi.livskraft.area.LanguageStatus;
import fi.livskraft.area.Municipality;
import fi.livskraft.common.Names;
import java.util.List;

/** Small fixtures of municipalities and needs for the analyses of workforce needs. */
final class NeedFixtures {

    private NeedFixtures() {}

    static Municipality municipality(String code, String region, LanguageStatus status, String employmentArea) {
        return new Municipality(
                code, new Names("k" + code, "k" + code, "k" + code), region, "1" + region, status, employmentArea);
    }

    /**
     * Ostrobothnia (15): Korsholm 499 (bilingual, Swedish majority), Vaasa 905 (bilingual, Finnish
     * majority) and Närpes 545 (Swedish) in the employment area "pohjanmaa"; Jakobstad 598 (bilingual,
     * Swedish majority) in "jakobstad"; Isokyrö 152 (Finnish) in "cross" with Kauhajoki 232 and
     * Kurikka 301 of South Ostrobothnia (14, Finnish); Helsinki 091 (01, bilingual, Finnish majority).
     */
    static final List<Municipality> MUNICIPALITIES = List.of(
            municipality("499", "15", LanguageStatus.BILINGUAL_SWEDISH_MAJORITY, "pohjanmaa"),
            municipality("905", "15", LanguageStatus.BILINGUAL_FINNISH_MAJORITY, "pohjanmaa"),
            municipality("545", "15", LanguageStatus.SWEDISH, "pohjanmaa"),
            municipality("598", "15", LanguageStatus.BILINGUAL_SWEDISH_MAJORITY, "jakobstad"),
            municipality("152", "15", LanguageStatus.FINNISH, "cross"),
            municipality("232", "14", LanguageStatus.FINNISH, "cross"),
            municipality("301", "14", LanguageStatus.FINNISH, "cross"),
            municipality("091", "01", LanguageStatus.BILINGUAL_FINNISH_MAJORITY, "helsinki"));

    static final NeedPlaces PLACES = new NeedPlaces(MUNICIPALITIES);

    static ConfirmedNeed need(
            long id,
            int heads,
            String kind,
            String code,
            String horizon,
            String language,
            boolean international,
            String... isco) {
        return new ConfirmedNeed(id, heads, kind, code, horizon, language, international, List.of(isco), false);
    }
}
