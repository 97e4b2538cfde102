package fi.livskraft.database;

/** Whether the application runs on its own embedded PostgreSQL or on an external one. */
public record DatabaseMode(boolean embedded) {}
