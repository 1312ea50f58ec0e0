/** Calendar feeds (RFC 5545) of a provider's jobs or a business's bookings, at secret, resettable addresses. */
package dev.tandem.query.calendar;
