package fi.livskraft.database;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the embedded PostgreSQL keeps its data.
 *
 * @param dataDir data directory of the embedded database; blank means a temporary directory that
 *     is removed on shutdown (tests)
 */
@ConfigurationProperties("livskraft")
public record DatabaseProperties(String dataDir) {}
