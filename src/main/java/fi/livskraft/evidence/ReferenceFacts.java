package fi.livskraft.evidence;

import fi.livskraft.common.ImportProgress;
import fi.livskraft.common.ImportReport;
import fi.livskraft.common.StartupTask;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Real evidence on the first start: Statistics Finland's employment-service tables 12ti (regions x
 * occupations, 2023M01-M10) and 12r5 (areas, 2022M01-2023M10), vintage 2023-11-22, CC BY 4.0,
 * shipped in the documented long CSV (src/main/resources/evidence, written by the test-scope
 * ReferenceFactsConverter) and imported through the CSV importer when the store holds no
 * labour-market facts yet (other modules register sources of their own at start-up, ESCO for one,
 * so an empty source list is not the test).
 */
@Component
class ReferenceFacts implements StartupTask {

    static final List<String> FILES = List.of("statfin-12ti-2023.csv.gz", "statfin-12r5-2022-2023.csv.gz");
    private static final Logger log = LoggerFactory.getLogger(ReferenceFacts.class);

    private final JdbcClient jdbc;
    private final CsvFactImporter importer;

    ReferenceFacts(JdbcClient jdbc, CsvFactImporter importer) {
        this.jdbc = jdbc;
        this.importer = importer;
    }

    @Override
    public int getOrder() {
        return 200;
    }

    @Override
    public void run() {
        boolean anyFacts = jdbc.sql("select exists (select 1 from labour_market_fact)")
                .query(Boolean.class)
                .single();
        if (anyFacts) {
            return;
        }
        FILES.forEach(this::load);
    }

    void load(String file) {
        try (InputStream in =
                new GZIPInputStream(new ClassPathResource("evidence/" + file).getInputStream(), 1 << 16)) {
            ImportReport report = importer.importFile(file, in, ImportProgress.NONE);
            log.info("reference facts {}: {} rows stored", file, report.rowsStored());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shipped reference facts " + file, e);
        }
    }
}
