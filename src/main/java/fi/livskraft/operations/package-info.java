/**
 * Operations: scheduled jobs that run once across application instances (a database lock), the
 * purge of expired sessions (sessions live in PostgreSQL so instances share logins), and the
 * logical backup and restore of the whole database.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Operations")
package fi.livskraft.operations;
