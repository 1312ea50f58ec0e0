/** An aggregate's events as an audit trail, read straight from the event store. */
package dev.tandem.api.history;
