package dev.tandem.query.booking;

import dev.tandem.api.booking.BookingView;
import java.util.List;

/**
 * One page of bookings, {@code {items, nextCursor}} like every list (docs/api.md). A concrete type rather than
 * {@code Page<BookingView>}: Axon matches a query's response type against the handler's declared class,
 * and a serialized answer (Axon Server) must come back as bookings, not as maps.
 */
public record BookingPage(List<BookingView> items, String nextCursor) {}
