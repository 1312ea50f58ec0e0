package dev.tandem.command.booking;

import dev.tandem.api.booking.BookingView;
import dev.tandem.api.booking.CorrectWorkedTimeCommand;
import dev.tandem.api.booking.RateBookingCommand;
import dev.tandem.api.booking.TipBookingCommand;
import dev.tandem.kernel.BookingId;
import dev.tandem.platform.consistency.ProjectionBarrier;
import dev.tandem.platform.security.Caller;
import dev.tandem.platform.web.IfMatch;
import dev.tandem.platform.web.Owned;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * An admin books jobs and changes them; every answer is the booking as the write left it. The paths are
 * shared with the providers' reads, so the security configuration names these writes as admin-only.
 */
@RestController
@RequestMapping("/api/bookings")
class BookingController {

    private final BookingDesk desk;
    private final CommandGateway commands;
    private final ProjectionBarrier projections;

    BookingController(BookingDesk desk, CommandGateway commands, ProjectionBarrier projections) {
        this.desk = desk;
        this.commands = commands;
        this.projections = projections;
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    ResponseEntity<BookingView> create(@Valid @RequestBody BookingRequests.CreateBooking request, Caller caller) {
        BookingView booking = desk.book(caller.businessId(), request);
        projections.awaitAggregates(booking.id());
        return ResponseEntity.created(URI.create("/api/bookings/" + booking.id()))
                .eTag(Long.toString(booking.version()))
                .body(booking);
    }

    @PatchMapping("/{id}")
    ResponseEntity<BookingView> change(
            @PathVariable @Owned(BookingLookup.class) UUID id,
            @Valid @RequestBody BookingRequests.ChangeBooking request,
            IfMatch ifMatch,
            Caller caller) {
        BookingView booking =
                desk.change(caller.businessId(), new BookingId(id), request, ifMatch.orElse(request.expectedVersion()));
        return answer(HttpStatus.OK, booking);
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/{id}/rating")
    ResponseEntity<BookingView> rate(
            @PathVariable @Owned(BookingLookup.class) UUID id,
            @Valid @RequestBody BookingRequests.Rate request,
            Caller caller) {
        BookingView booking = commands.sendAndWait(
                new RateBookingCommand(new BookingId(id), caller.businessId(), request.stars(), request.comment()));
        return answer(HttpStatus.CREATED, booking);
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/{id}/tip")
    ResponseEntity<BookingView> tip(
            @PathVariable @Owned(BookingLookup.class) UUID id,
            @Valid @RequestBody BookingRequests.Tip request,
            Caller caller) {
        BookingView booking = commands.sendAndWait(
                new TipBookingCommand(new BookingId(id), caller.businessId(), request.amountCents()));
        return answer(HttpStatus.CREATED, booking);
    }

    /** An admin corrects a completed job's worked time; HOURLY pay is recorded again as an adjustment. */
    @PostMapping("/{id}/worked-time")
    ResponseEntity<BookingView> correctWorkedTime(
            @PathVariable @Owned(BookingLookup.class) UUID id,
            @Valid @RequestBody BookingRequests.WorkedTime request,
            Caller caller) {
        BookingView booking = commands.sendAndWait(new CorrectWorkedTimeCommand(
                new BookingId(id), caller.businessId(), request.startedAt(), request.completedAt(), request.reason()));
        return answer(HttpStatus.OK, booking);
    }

    private ResponseEntity<BookingView> answer(HttpStatus status, BookingView booking) {
        projections.awaitAggregates(booking.id());
        return ResponseEntity.status(status)
                .eTag(Long.toString(booking.version()))
                .body(booking);
    }
}
