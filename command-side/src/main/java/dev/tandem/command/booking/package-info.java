/** Bookings: their status machine, the provider's slot they hold, and the earnings a completed one records. */
package dev.tandem.command.booking;
