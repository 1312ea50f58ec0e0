/** Axon's event store, token store and saga store on PostgreSQL through the Flyway-owned JDBC schema. */
package dev.tandem.platform.eventstore;
