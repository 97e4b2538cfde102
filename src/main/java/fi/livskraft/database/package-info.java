/**
 * Database: starts an embedded PostgreSQL when no external datasource is configured, and says
 * which of the two the application runs on. Flyway owns the schema.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Database")
package fi.livskraft.database;
