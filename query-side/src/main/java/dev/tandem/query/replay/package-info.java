/** Rebuilding the query side's projections from the event store. */
package dev.tandem.query.replay;
