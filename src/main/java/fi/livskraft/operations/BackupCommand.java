package fi.livskraft.operations;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Backup and restore from the command line: {@code --livskraft.backup=FILE} writes a backup of
 * the database and exits; {@code --livskraft.restore=FILE} replaces the database's contents with
 * a backup and exits. Run with {@code --server.port=0} so that its short-lived web server does not
 * take the port of a running instance. See the README, "Operations".
 */
@Component
class BackupCommand implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BackupCommand.class);

    private final DatabaseBackup backup;
    private final ConfigurableApplicationContext context;
    private final String backupFile;
    private final String restoreFile;

    BackupCommand(
            DatabaseBackup backup,
            ConfigurableApplicationContext context,
            @Value("${livskraft.backup:}") String backupFile,
            @Value("${livskraft.restore:}") String restoreFile) {
        this.backup = backup;
        this.context = context;
        this.backupFile = backupFile;
        this.restoreFile = restoreFile;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!StringUtils.hasText(backupFile) && !StringUtils.hasText(restoreFile)) {
            return;
        }
        int status = 0;
        try {
            if (StringUtils.hasText(backupFile)) {
                Path target = Path.of(backupFile).toAbsolutePath();
                Path partial = target.resolveSibling(target.getFileName() + ".partial");
                try (OutputStream out = Files.newOutputStream(partial)) {
                    DatabaseBackup.Summary s = backup.write(out);
                    log.info(
                            "Backup written to {}: schema version {}, {} tables, {} rows",
                            target,
                            s.flywayVersion(),
                            s.tables(),
                            s.rows());
                }
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } else {
                try (InputStream in = Files.newInputStream(Path.of(restoreFile))) {
                    DatabaseBackup.Summary s = backup.restore(in);
                    log.info(
                            "Restored from {}: schema version {}, {} tables, {} rows",
                            restoreFile,
                            s.flywayVersion(),
                            s.tables(),
                            s.rows());
                }
            }
        } catch (IOException e) {
            log.error("Backup or restore failed", new UncheckedIOException(e));
            status = 1;
        } catch (RuntimeException e) {
            log.error("Backup or restore failed: {}", e.getMessage(), e);
            status = 1;
        }
        int exit = status;
        System.exit(SpringApplication.exit(context, () -> exit));
    }
}
