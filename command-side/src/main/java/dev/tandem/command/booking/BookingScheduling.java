package dev.tandem.command.booking;

import dev.tandem.api.assignment.ExpireOfferCommand;
import dev.tandem.api.assignment.FailAssignmentCommand;
import dev.tandem.api.assignment.ProposeAssignmentCommand;
import dev.tandem.api.booking.AssignBookingCommand;
import dev.tandem.api.booking.BookingView;
import dev.tandem.api.booking.CancelBookingCommand;
import dev.tandem.api.booking.ChangeBookingCommand;
import dev.tandem.api.booking.CompleteBookingCommand;
import dev.tandem.api.booking.CreateBookingCommand;
import dev.tandem.api.booking.CustomerSummary;
import dev.tandem.api.booking.DeclineBookingCommand;
import dev.tandem.api.booking.UnassignBookingCommand;
import dev.tandem.api.errors.InvalidInputException;
import dev.tandem.api.errors.NotFoundException;
import dev.tandem.kernel.BookingId;
import dev.tandem.kernel.BusinessId;
import java.time.Clock;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;

/**
 * The booking commands that need more than the booking itself: the provider's schedule and pay rates, the
 * customer, and the provider's other bookings (through {@link BookedSlots}). Each runs in the command's
 * unit of work, inside its transaction, so the slot and the events are stored together or not at all.
 */
class BookingScheduling {

    private final Repository<Booking> bookings;
    private final BookableProviders providers;
    private final BookedSlots slots;
    private final CustomerDirectory customers;
    private final Clock clock;

    BookingScheduling(
            Repository<Booking> bookings,
            BookableProviders providers,
            BookedSlots slots,
            CustomerDirectory customers,
            Clock clock) {
        this.bookings = bookings;
        this.providers = providers;
        this.slots = slots;
        this.customers = customers;
        this.clock = clock;
    }

    @CommandHandler
    BookingView handle(CreateBookingCommand command) throws Exception {
        checkTermsOf(command);
        CustomerSummary customer = customerOf(command);
        if (command.providerId() != null) {
            holderFor(command.bookingId(), command.businessId())
                    .hold(
                            command.providerId(),
                            BookingTerms.slotOf(command.scheduledStart(), command.durationMinutes()));
        }
        Aggregate<Booking> booking = bookings.newInstance(() -> new Booking(
                command.bookingId(),
                command.businessId(),
                customer,
                command.service(),
                command.scheduledStart(),
                command.durationMinutes(),
                command.priceCents(),
                command.currency(),
                command.notes(),
                command.providerId(),
                command.autoAssign(),
                command.arrivalWindow()));
        return booking.invoke(Booking::view);
    }

    @CommandHandler
    BookingView handle(AssignBookingCommand command) {
        Aggregate<Booking> booking = load(command.bookingId(), command.businessId(), command.expectedVersion());
        booking.execute(b -> b.assign(command.providerId(), holderFor(command.bookingId(), command.businessId())));
        return booking.invoke(Booking::view);
    }

    @CommandHandler
    BookingView handle(ProposeAssignmentCommand command) {
        Aggregate<Booking> booking = load(command.bookingId(), command.businessId(), null);
        booking.execute(b -> b.offer(
                command.providerId(),
                command.offerExpiresAt(),
                command.score(),
                command.reasons(),
                holderFor(command.bookingId(), command.businessId())));
        return booking.invoke(Booking::view);
    }

    @CommandHandler
    BookingView handle(ExpireOfferCommand command) {
        Aggregate<Booking> booking = load(command.bookingId(), command.businessId(), null);
        if (booking.invoke(b -> b.expireOffer(command.providerId()))) {
            slots.release(command.bookingId());
        }
        return booking.invoke(Booking::view);
    }

    @CommandHandler
    BookingView handle(FailAssignmentCommand command) {
        Aggregate<Booking> booking = load(command.bookingId(), command.businessId(), null);
        booking.execute(b -> b.failAssignment(command.excluded()));
        return booking.invoke(Booking::view);
    }

    /** A PATCH: its changes in one command, so they are stored together; a cancelled booking frees its slot. */
    @CommandHandler
    BookingView handle(ChangeBookingCommand command) {
        Aggregate<Booking> booking = load(command.bookingId(), command.businessId(), command.expectedVersion());
        booking.execute(b -> b.change(command, holderFor(command.bookingId(), command.businessId()), clock.instant()));
        if (command.cancel()) {
            slots.release(command.bookingId());
        }
        return booking.invoke(Booking::view);
    }

    @CommandHandler
    BookingView handle(UnassignBookingCommand command) {
        Aggregate<Booking> booking = load(command.bookingId(), command.businessId(), command.expectedVersion());
        booking.execute(Booking::unassign);
        slots.release(command.bookingId());
        return booking.invoke(Booking::view);
    }

    @CommandHandler
    BookingView handle(DeclineBookingCommand command) {
        Aggregate<Booking> booking = load(command.bookingId(), command.businessId(), command.expectedVersion());
        booking.execute(b -> b.decline(command.providerId(), command.reason()));
        slots.release(command.bookingId());
        return booking.invoke(Booking::view);
    }

    @CommandHandler
    BookingView handle(CancelBookingCommand command) {
        Aggregate<Booking> booking = load(command.bookingId(), command.businessId(), command.expectedVersion());
        booking.execute(b -> b.cancel(command.reason(), clock.instant()));
        slots.release(command.bookingId());
        return booking.invoke(Booking::view);
    }

    /**
     * Completes the job and records its earnings at the provider's rate in effect at the scheduled start.
     * The slot is released: the job is over, and the provider may take other work in the time it saved.
     */
    @CommandHandler
    BookingView handle(CompleteBookingCommand command) {
        Aggregate<Booking> booking = load(command.bookingId(), command.businessId(), command.expectedVersion());
        booking.execute(b -> b.complete(
                command.providerId(),
                (provider, at) -> providers.payRateAt(command.businessId(), provider, at),
                clock.instant()));
        slots.release(command.bookingId());
        return booking.invoke(Booking::view);
    }

    /** Loads the booking as its own command handlers would see it: foreign ones are not found. */
    private Aggregate<Booking> load(BookingId bookingId, BusinessId businessId, Long expectedVersion) {
        Aggregate<Booking> booking = bookings.load(bookingId.toString());
        booking.execute(b -> b.admit(businessId, expectedVersion));
        return booking;
    }

    private SlotHolder holderFor(BookingId bookingId, BusinessId businessId) {
        return (provider, slot) -> {
            providers.requireFreeFor(businessId, provider, slot);
            slots.reserve(bookingId, businessId, provider, slot);
        };
    }

    /** The booking's own terms are checked before anything is looked up or reserved. */
    private static void checkTermsOf(CreateBookingCommand command) {
        BookingTerms.checkService(command.service());
        BookingTerms.checkStart(command.scheduledStart());
        BookingTerms.checkDuration(command.durationMinutes());
        BookingTerms.checkPrice(command.priceCents());
        BookingTerms.checkNotes(command.notes());
    }

    private CustomerSummary customerOf(CreateBookingCommand command) {
        if (command.customerId() == null) {
            throw new InvalidInputException("customerId", "is required");
        }
        try {
            return customers.summaryOf(command.businessId(), command.customerId());
        } catch (NotFoundException e) {
            throw new InvalidInputException("customerId", "is not a customer of this business");
        }
    }
}
