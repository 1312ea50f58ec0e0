/** Messages about what providers earn from completed bookings. */
package dev.tandem.api.earnings;
