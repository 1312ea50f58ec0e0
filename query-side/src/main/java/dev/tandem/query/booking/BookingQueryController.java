package dev.tandem.query.booking;

import dev.tandem.api.booking.BookingView;
import dev.tandem.api.booking.FindBookingQuery;
import dev.tandem.api.booking.FindBookingsQuery;
import dev.tandem.kernel.BookingId;
import dev.tandem.kernel.ProviderId;
import dev.tandem.platform.security.Caller;
import dev.tandem.query.paging.Keyset;
import dev.tandem.query.paging.ListParameters;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Bookings to read: an admin any of its business, a provider only its own. */
@RestController
class BookingQueryController {

    private final QueryGateway queries;

    BookingQueryController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/api/bookings")
    BookingPage bookings(
            @RequestParam(required = false) String status,
            @RequestParam(required = false) UUID providerId,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor,
            Caller caller) {
        return list(caller, providerId == null ? null : new ProviderId(providerId), status, from, to, limit, cursor);
    }

    @GetMapping("/api/provider/bookings")
    BookingPage providerBookings(
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor,
            Caller caller) {
        return list(caller, ownProvider(caller), status, from, to, limit, cursor);
    }

    @GetMapping("/api/bookings/{id}")
    ResponseEntity<BookingView> booking(@PathVariable UUID id, Caller caller) {
        ProviderId onlyFor = caller.isAdmin() ? null : ownProvider(caller);
        BookingView booking = queries.query(
                        new FindBookingQuery(caller.businessId(), new BookingId(id), onlyFor),
                        ResponseTypes.instanceOf(BookingView.class))
                .join();
        return ResponseEntity.ok().eTag(Long.toString(booking.version())).body(booking);
    }

    private BookingPage list(
            Caller caller, ProviderId providerId, String status, String from, String to, Integer limit, String cursor) {
        var query = new FindBookingsQuery(
                caller.businessId(),
                ListParameters.status(status),
                providerId,
                ListParameters.instant("from", from),
                ListParameters.instant("to", to),
                Keyset.limit(limit),
                cursor == null || cursor.isBlank() ? null : cursor);
        return queries.query(query, ResponseTypes.instanceOf(BookingPage.class)).join();
    }

    private static ProviderId ownProvider(Caller caller) {
        return caller.providerId().orElseThrow(() -> new AccessDeniedException("Only providers have own bookings."));
    }
}
