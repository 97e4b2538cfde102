package fi.livskraft.sources;

import fi.livskraft.common.FactImporter;
import fi.livskraft.common.ImportFailedException;
import fi.livskraft.common.ImportProblem;
import fi.livskraft.common.ImportProgress;
import fi.livskraft.common.ImportReport;
import fi.livskraft.common.ReferenceImporter;
import fi.livskraft.common.SystemActor;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs connectors in the background, one at a time per instance and never two runs of the same
 * connector across instances (the claim in {@link ConnectorStore}). A run fetches; when the
 * response's SHA-256 equals that of the response last imported it records UNCHANGED and imports
 * nothing; otherwise it imports it with the connector's importer and keeps the raw response, all in
 * one transaction, so a refused or failed import leaves the previous figures, raw response and
 * vintage in place and only records the error.
 */
@Service
class ConnectorRuns {

    private static final Logger log = LoggerFactory.getLogger(ConnectorRuns.class);

    private final List<Connector> connectors;
    private final Importers importers;
    private final ConnectorStore store;
    private final SourceHttp http;
    private final TransactionTemplate transaction;
    private final String instance = ManagementFactory.getRuntimeMXBean().getName() + "/"
            + UUID.randomUUID().toString().substring(0, 8);
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "sources-connector");
        t.setDaemon(true);
        return t;
    });

    ConnectorRuns(
            List<Connector> connectors,
            Importers importers,
            ConnectorStore store,
            SourceHttp http,
            TransactionTemplate transaction) {
        this.connectors =
                connectors.stream().sorted(Comparator.comparing(Connector::id)).toList();
        this.importers = importers;
        this.store = store;
        this.http = http;
        this.transaction = transaction;
    }

    List<Connector> connectors() {
        return connectors;
    }

    Optional<Connector> connector(String id) {
        return connectors.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /**
     * Claims the connector and runs it in the background.
     *
     * @return false when it is running already (here or on another instance), or not yet due
     */
    boolean start(Connector connector, String requestedBy, boolean onlyWhenDue) {
        if (!store.claim(connector.id(), instance, onlyWhenDue)) {
            return false;
        }
        executor.submit(() -> SystemActor.run(() -> run(connector, requestedBy)));
        return true;
    }

    /** Runs a claimed connector on this thread. */
    void run(Connector connector, String requestedBy) {
        Instant started = Instant.now();
        Path file = null;
        try {
            Connector.Fetched fetched = connector.fetch(http);
            file = fetched.file();
            Path raw = file;
            long size = Files.size(raw);
            String checksum = sha256(raw);
            if (store.lastChecksum(connector.id()).filter(checksum::equals).isPresent()) {
                transaction.executeWithoutResult(s -> store.finish(
                        connector.id(),
                        fetch(
                                connector,
                                started,
                                requestedBy,
                                "UNCHANGED",
                                checksum,
                                size,
                                fetched.vintage(),
                                null,
                                null),
                        fetched.vintage()));
                log.info("Connector {}: response unchanged ({}), nothing imported", connector.id(), checksum);
                return;
            }
            transaction.executeWithoutResult(s -> {
                ImportReport report = importers.run(connector.target(), fetched.fileName(), raw);
                store.keepRaw(connector.id(), raw, fetched.fileName(), checksum, size, Instant.now());
                store.finish(
                        connector.id(),
                        fetch(
                                connector,
                                started,
                                requestedBy,
                                "IMPORTED",
                                checksum,
                                size,
                                fetched.vintage(),
                                report,
                                null),
                        fetched.vintage());
            });
            log.info(
                    "Connector {}: imported {} ({} bytes, vintage {})",
                    connector.id(),
                    fetched.fileName(),
                    size,
                    fetched.vintage());
        } catch (SourceFailure e) {
            failed(connector, started, requestedBy, new ConnectorStore.Problem(e.messageKey(), e.arguments(), null));
        } catch (ImportFailedException e) {
            ImportProblem p = e.problems().get(0);
            failed(
                    connector,
                    started,
                    requestedBy,
                    new ConnectorStore.Problem(
                            p.messageKey(),
                            p.arguments().stream().map(String::valueOf).toList(),
                            p.file() + ", " + p.row() + ", " + p.field()));
        } catch (IOException | RuntimeException e) {
            log.warn("Connector {} failed", connector.id(), e);
            failed(
                    connector,
                    started,
                    requestedBy,
                    new ConnectorStore.Problem(
                            "sources.error.unexpected",
                            List.of(e.getClass().getSimpleName() + ": " + e.getMessage()),
                            null));
        } finally {
            if (file != null) {
                PxWebTable.delete(file);
            }
        }
    }

    private void failed(Connector connector, Instant started, String by, ConnectorStore.Problem problem) {
        log.warn("Connector {} failed: {} {}", connector.id(), problem.messageKey(), problem.arguments());
        transaction.executeWithoutResult(s -> store.finish(
                connector.id(), fetch(connector, started, by, "FAILED", null, null, null, null, problem), null));
    }

    private static ConnectorStore.Fetch fetch(
            Connector connector,
            Instant started,
            String by,
            String outcome,
            String checksum,
            Long size,
            String vintage,
            ImportReport report,
            ConnectorStore.Problem problem) {
        return new ConnectorStore.Fetch(
                0,
                connector.id(),
                started,
                Instant.now(),
                by,
                outcome,
                checksum,
                size,
                vintage,
                report == null ? null : (long) report.rowsRead(),
                report == null ? null : (long) report.rowsStored(),
                problem);
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of()
                    .formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    /** The importers of every module, by target. */
    @org.springframework.stereotype.Component
    static class Importers {

        private final List<FactImporter> facts;
        private final List<ReferenceImporter> references;

        Importers(List<FactImporter> facts, List<ReferenceImporter> references) {
            this.facts = facts;
            this.references = references;
        }

        ImportReport run(Connector.Target target, String fileName, Path file) {
            try (InputStream in = Files.newInputStream(file)) {
                if (target.kind() == Connector.Target.Kind.FACTS) {
                    return facts.stream()
                            .filter(i -> i.format().equals(target.format()))
                            .findFirst()
                            .orElseThrow(() -> new SourceFailure("sources.error.no-importer", target.format()))
                            .importFile(fileName, in, ImportProgress.NONE);
                }
                return references.stream()
                        .filter(i -> i.id().equals(target.format()))
                        .findFirst()
                        .orElseThrow(() -> new SourceFailure("sources.error.no-importer", target.format()))
                        .importFile(fileName, in);
            } catch (IOException e) {
                throw new SourceFailure("sources.error.unexpected", e.getMessage());
            }
        }
    }
}
