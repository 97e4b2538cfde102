/**
 * Sources: connectors that fetch official open data (Statistics Finland PxWeb, Kela's CKAN, the
 * Vipunen API) over HTTPS with timeouts and retries, keep the latest raw response with its SHA-256
 * checksum, and hand it to the importers of the other modules ({@link
 * fi.livskraft.common.FactImporter}, {@link fi.livskraft.common.ReferenceImporter}) all or nothing,
 * doing nothing when the response is unchanged. A scheduler runs them once across instances (a
 * row claim in the database) when {@code livskraft.sources.sync} is on; the coordinator sees them,
 * and starts one, on {@code /sources} and {@code /api/v1/sources/connectors}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Sources")
package fi.livskraft.sources;
