/** Messages of the audit trail: every event of a business, read straight from the event store. */
package dev.tandem.api.audit;
