/**
 * Faults stay where they happen: an event one projection cannot handle is parked with its aggregate's later
 * events in a dead-letter queue, every other aggregate and business goes on, and operators retry or evict it.
 */
package dev.tandem.platform.faults;
