/** The PostgreSQL Tandem runs on, embedded or external, the application role and the Flyway migrations. */
package dev.tandem.platform.database;
