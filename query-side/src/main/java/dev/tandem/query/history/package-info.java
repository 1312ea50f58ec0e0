/** Audit trails of bookings and providers, read from the event store rather than from any projection. */
package dev.tandem.query.history;
