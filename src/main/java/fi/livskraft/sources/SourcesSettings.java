package fi.livskraft.sources;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code livskraft.sources.*}: whether the connectors run on schedule, how often, the base
 * addresses of the sources (so that an air-gapped installation can point them at a mirror), and
 * the HTTP timeouts and retries.
 */
@ConfigurationProperties("livskraft.sources")
record SourcesSettings(
        Boolean sync,
        Duration interval,
        Duration checkEvery,
        Duration staleAfter,
        Duration connectTimeout,
        Duration readTimeout,
        Integer retries,
        Duration backoff,
        Long maxResponseBytes,
        Integer historyLimit,
        Integer maxCells,
        Integer months,
        String statfinUrl,
        String statfinDurationTable,
        String classificationsUrl,
        String kelaUrl,
        String kelaDataset,
        String vipunenUrl,
        String vipunenResource) {

    SourcesSettings {
        sync = sync != null && sync;
        interval = interval == null ? Duration.ofDays(1) : interval;
        checkEvery = checkEvery == null ? Duration.ofMinutes(10) : checkEvery;
        staleAfter = staleAfter == null ? Duration.ofHours(2) : staleAfter;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(10) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(120) : readTimeout;
        retries = retries == null ? 3 : retries;
        backoff = backoff == null ? Duration.ofSeconds(2) : backoff;
        maxResponseBytes = maxResponseBytes == null ? 512L * 1024 * 1024 : maxResponseBytes;
        historyLimit = historyLimit == null ? 100 : historyLimit;
        maxCells = maxCells == null ? 100_000 : maxCells;
        months = months == null ? 12 : months;
        statfinUrl = orDefault(statfinUrl, "https://pxdata.stat.fi/PxWeb/api/v1/fi/StatFin");
        statfinDurationTable = orDefault(statfinDurationTable, "tyonv/statfin_tyonv_pxt_12tg.px");
        classificationsUrl = orDefault(classificationsUrl, "https://data.stat.fi/api/classifications/v2");
        kelaUrl = orDefault(kelaUrl, "https://www.avoindata.fi/data/api/3/action");
        kelaDataset = orDefault(
                kelaDataset, "kunnan-osarahoittaman-tyottomyysturvan-saajat-ja-maksetut-etuudet-tyollisyysalueittain");
        vipunenUrl = orDefault(vipunenUrl, "https://api.vipunen.fi/api/resources");
        vipunenResource = orDefault(vipunenResource, "amm_opiskelijat_ja_tutkinnot_vuosi_tutkinto");
        if (retries < 0 || historyLimit < 1 || maxCells < 1 || months < 1) {
            throw new IllegalArgumentException(
                    "livskraft.sources: retries >= 0, history-limit, max-cells and months >= 1");
        }
    }

    private static String orDefault(String value, String fallback) {
        String v = value == null || value.isBlank() ? fallback : value.strip();
        return v.endsWith("/") ? v.substring(0, v.length() - 1) : v;
    }
}
