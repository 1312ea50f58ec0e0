package dev.tandem.platform.database;

/** How to reach the PostgreSQL Tandem uses, with the credentials of the login that owns the schema. */
public record DatabaseServer(String jdbcUrl, String ownerUser, String ownerPassword) {}
