package fi.livskraft.sources;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/**
 * The StatFin tables and classifications the connectors fetch, one bean each, with the variables each must have (code
 * or text, Finnish or Swedish) so that a changed table is refused with a clear error before the
 * import. {@code statfin-11ra} asks for the population measure only (Väkiluku) of every area and
 * year and goes to the {@code statfin-11ra} population importer.
 */
@Configuration
class StatFinTables {

    static final List<String> AREA = List.of("Alue", "Område");
    static final List<String> OCCUPATION = List.of("Ammattiryhmä", "Yrkesgrupp");
    static final List<String> MEASURE = List.of("Tiedot", "Uppgifter");
    static final List<String> YEAR = List.of("Vuosi", "År", "Year");
    static final List<String> POPULATION = List.of("vaesto", "vaerak-vaesto", "Väkiluku", "Folkmängd", "Population");
    static final List<String> DURATION = List.of("Työttömyyden kesto", "Arbetslöshetens längd");

    @Bean
    PxWebTable statfin12ti(SourcesSettings settings, JsonMapper json) {
        return new PxWebTable(
                "statfin-12ti", "tyonv/statfin_tyonv_pxt_12ti.px", List.of(AREA, OCCUPATION, MEASURE), settings, json);
    }

    @Bean
    PxWebTable statfin12r5(SourcesSettings settings, JsonMapper json) {
        return new PxWebTable(
                "statfin-12r5", "tyonv/statfin_tyonv_pxt_12r5.px", List.of(AREA, MEASURE), settings, json);
    }

    @Bean
    PxWebTable statfinDuration(SourcesSettings settings, JsonMapper json) {
        return new PxWebTable(
                "statfin-duration", settings.statfinDurationTable(), List.of(AREA, DURATION), settings, json);
    }

    @Bean
    PxWebTable statfin11ra(SourcesSettings settings, JsonMapper json) {
        return new PxWebTable(
                "statfin-11ra",
                "vaerak/statfin_vaerak_pxt_11ra.px",
                List.of(AREA, MEASURE, YEAR),
                Connector.Target.facts("statfin-11ra"),
                List.of(new PxWebTable.Pick(MEASURE, POPULATION)),
                settings,
                json);
    }

    @Bean
    StatFinClassification classificationsKunta(SourcesSettings settings, JsonMapper json) {
        return new StatFinClassification(
                "classifications-kunta",
                StatFinClassification.Kind.ITEMS,
                "kunta",
                "statfin-classification-kunta",
                settings,
                json);
    }

    @Bean
    StatFinClassification classificationsTyollisyysalue(SourcesSettings settings, JsonMapper json) {
        return new StatFinClassification(
                "classifications-tyollisyysalue",
                StatFinClassification.Kind.CORRESPONDENCE,
                "tyollisyysalue",
                "statfin-tyollisyysalue-maps",
                settings,
                json);
    }
}
