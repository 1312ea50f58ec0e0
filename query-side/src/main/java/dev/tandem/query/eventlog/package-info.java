/**
 * A business's events read straight from the event store, in the order they were stored, through the index
 * on the business every stored event names (platform migration V6): what the audit trail and the board at a
 * past instant are made of. Never a projection.
 */
package dev.tandem.query.eventlog;
