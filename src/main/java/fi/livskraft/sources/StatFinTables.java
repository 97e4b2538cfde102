package fi.livskraft.sources;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/**
 * The StatFin tables the connectors fetch, one bean each, with the variables each must have (code
 * or text, Finnish or Swedish) so that a changed table is refused with a clear error before the
 * import. {@code statfin-11ra} (population) joins here once its importer exists.
 */
@Configuration
class StatFinTables {

    static final List<String> AREA = List.of("Alue", "Område");
    static final List<String> OCCUPATION = List.of("Ammattiryhmä", "Yrkesgrupp");
    static final List<String> MEASURE = List.of("Tiedot", "Uppgifter");
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
}
