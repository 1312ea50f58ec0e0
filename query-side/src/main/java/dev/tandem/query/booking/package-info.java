/** Bookings as admins and providers list and open them. */
package dev.tandem.query.booking;
