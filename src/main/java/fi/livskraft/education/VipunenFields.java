package fi.livskraft.education;

import fi.livskraft.common.JsonArrayFile;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Field names of the Vipunen API (api.vipunen.fi, {@code /api/resources/<dataset>/data}): flat
 * objects with Finnish camelCase names. The first name of each list is the one the API uses where
 * we could verify it (see the README: the vocational dataset
 * {@code amm_opiskelijat_ja_tutkinnot_vuosi_tutkinto}); the others are accepted aliases.
 */
final class VipunenFields {

    // verified in amm_opiskelijat_ja_tutkinnot_vuosi_tutkinto
    static final List<String> YEAR = List.of("tilastovuosi", "vuosi");
    static final List<String> PROVIDER_CODE = List.of(
            "koodiKoulutuksenJarjestaja", "kooditKoulutuksenJarjestaja", "koulutuksenJarjestajaKoodi", "ytunnus");
    static final List<String> PROVIDER_NAME = List.of("koulutuksenJarjestaja", "koulutuksenJarjestajaNimi");
    static final List<String> QUALIFICATION =
            List.of("koodiTutkinto", "kooditTutkinto", "tutkintoKoodi", "koulutusKoodi", "koodiKoulutus");
    static final List<String> NEW_STUDENTS = List.of("uudetOpiskelijatLkm");
    static final List<String> STUDENTS = List.of("opiskelijatLkm");
    static final List<String> GRADUATES = List.of("tutkinnonSuorittaneetLkm");
    static final List<String> UPDATED = List.of("tietojoukkoPaivitettyPvm");
    /** Further breakdowns of a cell in the source; rows that differ only in these are summed. */
    static final List<String> BREAKDOWN =
            List.of("suorituksenTyyppi", "koodiHankintakoulutuksenJarjestaja", "hankintakoulutuksenJarjestaja");

    // suorituskieli is the name in Vipunen's vocational funding datasets; the rest are our assumption
    static final List<String> LANGUAGE = List.of("suorituskieli", "opetuskieli", "kieli", "koodiSuorituskieli");
    static final List<String> START_PLACES = List.of("aloituspaikatLkm", "aloituspaikat");

    // graduate placement (sijoittuminen): our assumption, no API response was available to verify
    static final List<String> EMPLOYED = List.of("tyollisetLkm", "tyollistyneetLkm");
    static final List<String> FURTHER_STUDIES = List.of("jatkoOpiskelijatLkm", "opiskelijatJatkoLkm", "opiskelevatLkm");
    static final List<String> UNEMPLOYED = List.of("tyottomatLkm");
    static final List<String> OTHER = List.of("muutLkm", "muuToimintaLkm");
    static final List<String> AREA = List.of("koodiMaakunta", "maakuntaKoodi", "alueKoodi", "alue");

    private VipunenFields() {}

    /** The first of the names present with a value, or null. */
    static String present(JsonNode item, List<String> names) {
        for (String name : names) {
            JsonNode value = item.get(name);
            if (value != null && !value.isNull()) {
                return name;
            }
        }
        return null;
    }

    /** The text of the first name present (a number as its digits), or empty. */
    static String text(JsonNode item, List<String> names) {
        String name = present(item, names);
        return name == null ? "" : JsonArrayFile.textOrEmpty(item, name);
    }

    static boolean isOutcome(JsonNode item) {
        return present(item, EMPLOYED) != null
                || present(item, FURTHER_STUDIES) != null
                || present(item, UNEMPLOYED) != null
                || present(item, OTHER) != null;
    }
}
