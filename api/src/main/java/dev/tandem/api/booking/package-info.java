/** Messages about bookings and their status machine. */
package dev.tandem.api.booking;
