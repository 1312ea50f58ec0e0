package dev.tandem.command.booking;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dev.tandem.api.Instants;
import dev.tandem.api.assignment.AssignmentFailed;
import dev.tandem.api.assignment.AssignmentOfferExpired;
import dev.tandem.api.assignment.AssignmentOfferRefused;
import dev.tandem.api.assignment.AssignmentProposed;
import dev.tandem.api.assignment.ProviderRanking;
import dev.tandem.api.assignment.RecordRefusedOfferCommand;
import dev.tandem.api.booking.ArrivalWindow;
import dev.tandem.api.booking.ArrivalWindowChanged;
import dev.tandem.api.booking.BookingAssigned;
import dev.tandem.api.booking.BookingCancelled;
import dev.tandem.api.booking.BookingCompleted;
import dev.tandem.api.booking.BookingConfirmed;
import dev.tandem.api.booking.BookingCreated;
import dev.tandem.api.booking.BookingDeclined;
import dev.tandem.api.booking.BookingNotesChanged;
import dev.tandem.api.booking.BookingRated;
import dev.tandem.api.booking.BookingRepriced;
import dev.tandem.api.booking.BookingRescheduled;
import dev.tandem.api.booking.BookingStarted;
import dev.tandem.api.booking.BookingUnassigned;
import dev.tandem.api.booking.BookingView;
import dev.tandem.api.booking.ChangeBookingCommand;
import dev.tandem.api.booking.ConfirmBookingCommand;
import dev.tandem.api.booking.CorrectWorkedTimeCommand;
import dev.tandem.api.booking.CustomerSummary;
import dev.tandem.api.booking.RateBookingCommand;
import dev.tandem.api.booking.RatingView;
import dev.tandem.api.booking.StartBookingCommand;
import dev.tandem.api.booking.TipAdded;
import dev.tandem.api.booking.TipBookingCommand;
import dev.tandem.api.booking.WorkedTimeCorrected;
import dev.tandem.api.earnings.EarningsAdjusted;
import dev.tandem.api.earnings.EarningsRecorded;
import dev.tandem.api.errors.ConflictException;
import dev.tandem.api.errors.NotFoundException;
import dev.tandem.kernel.BookingId;
import dev.tandem.kernel.BookingStatus;
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.Earnings;
import dev.tandem.kernel.EarningsCalculator;
import dev.tandem.kernel.PayRate;
import dev.tandem.kernel.PayRateType;
import dev.tandem.kernel.ProviderId;
import dev.tandem.kernel.TimeRange;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A job booked for a customer: its status machine (docs/api.md, Bookings), its provider, and the earnings its
 * completion records exactly once. Commands that need to see the provider or other bookings reach it
 * through {@link BookingScheduling}; the rest are handled here.
 */
@Aggregate(commandTargetResolver = BookingTargets.BEAN_NAME, cache = "bookingCache")
class Booking {

    @AggregateIdentifier
    private BookingId bookingId;

    private BusinessId businessId;
    private CustomerSummary customer;
    private String service;
    private Instant scheduledStart;
    private int durationMinutes;
    private long priceCents;
    private String currency;
    private String notes;
    private ArrivalWindow arrivalWindow;
    private ProviderId providerId;
    private Instant offerExpiresAt;
    private BookingStatus status;
    private Instant startedAt;
    private Instant completedAt;
    private Instant cancelledAt;
    private RatingView rating;
    private long tippedCents;
    private PayRateType payRateType;
    private long payRateAmount;
    private long providerEarningsCents;
    private Instant createdAt;
    private Instant updatedAt;

    protected Booking() {
        // for Axon
    }

    /** A new booking, given to the provider at once when one is named; the caller has checked its slot. */
    Booking(
            BookingId bookingId,
            BusinessId businessId,
            CustomerSummary customer,
            String service,
            Instant scheduledStart,
            int durationMinutes,
            long priceCents,
            String currency,
            String notes,
            ProviderId provider,
            boolean autoAssign,
            ArrivalWindow window) {
        ArrivalWindow checkedWindow = BookingTerms.checkArrivalWindow(window);
        BookingTerms.checkStartInWindow(BookingTerms.checkStart(scheduledStart), checkedWindow);
        apply(new BookingCreated(
                bookingId,
                businessId,
                Objects.requireNonNull(customer, "customer"),
                BookingTerms.checkService(service),
                BookingTerms.checkStart(scheduledStart),
                BookingTerms.checkDuration(durationMinutes),
                BookingTerms.checkPrice(priceCents),
                Objects.requireNonNull(currency, "currency"),
                BookingTerms.checkNotes(notes),
                provider == null && autoAssign,
                checkedWindow));
        if (provider != null) {
            apply(new BookingAssigned(bookingId, businessId, provider, null));
        }
    }

    /**
     * Every command meets this first: one of another business is answered as if the booking did not exist,
     * and only then is its expected version compared, so a stale version never reveals a foreign booking.
     */
    @CommandHandlerInterceptor
    Object admit(CommandMessage<?> command, InterceptorChain chain) throws Exception {
        admit(BookingTargets.businessOf(command), BookingTargets.expectedVersionOf(command));
        return chain.proceed();
    }

    void admit(BusinessId caller, Long expectedVersion) {
        if (!businessId.equals(caller)) {
            throw new NotFoundException("No such booking.");
        }
        long version = AggregateLifecycle.getVersion();
        if (expectedVersion != null && expectedVersion != version) {
            throw new ConflictingAggregateVersionException(bookingId.toString(), expectedVersion, version);
        }
    }

    @CommandHandler
    BookingView handle(ConfirmBookingCommand command) {
        requireActingProvider(command.providerId());
        if (providerId == null) {
            throw new ConflictException("Only an assigned booking can be confirmed.");
        }
        requireMove(BookingStatus.CONFIRMED);
        apply(new BookingConfirmed(bookingId, businessId, providerId));
        return view();
    }

    @CommandHandler
    BookingView handle(StartBookingCommand command, Clock clock, BookingProperties rules) {
        requireActingProvider(command.providerId());
        requireMove(BookingStatus.IN_PROGRESS);
        Instant now = clock.instant();
        requireNotTooEarly(now, rules.earlyStart());
        apply(new BookingStarted(bookingId, businessId, providerId, now));
        return view();
    }

    private void requireNotTooEarly(Instant now, Duration earlyStart) {
        if (now.isBefore(scheduledStart.minus(earlyStart))) {
            throw new ConflictException("It is too early to start this job: it can be started from "
                    + earlyStart.toMinutes() + " minutes before its scheduled start.");
        }
    }

    @CommandHandler
    BookingView handle(RateBookingCommand command) {
        int stars = BookingTerms.checkStars(command.stars());
        String comment = BookingTerms.checkText("comment", command.comment());
        if (status != BookingStatus.COMPLETED) {
            throw new ConflictException("Only a completed booking can be rated.");
        }
        if (rating != null) {
            throw new ConflictException("The booking is already rated.");
        }
        apply(new BookingRated(bookingId, businessId, providerId, stars, comment));
        return view();
    }

    @CommandHandler
    BookingView handle(TipBookingCommand command) {
        long amount = BookingTerms.checkTip(command.amountCents(), tippedCents);
        if (status != BookingStatus.COMPLETED) {
            throw new ConflictException("Only a completed booking can be tipped.");
        }
        apply(new TipAdded(bookingId, businessId, providerId, amount));
        return view();
    }

    /**
     * An admin corrects when a completed job started and ended. HOURLY pay is recomputed from the same rate
     * and the corrected minutes, and the difference recorded as an adjustment; other pay does not depend on time.
     */
    @CommandHandler
    BookingView handle(CorrectWorkedTimeCommand command, Clock clock) {
        if (status != BookingStatus.COMPLETED) {
            throw new ConflictException("Only a completed job's worked time can be corrected.");
        }
        Instant started = Instants.millis(command.startedAt());
        Instant completed = Instants.millis(command.completedAt());
        Duration worked = BookingTerms.checkWorkedTime(started, completed, clock.instant());
        String reason = BookingTerms.checkReason(command.reason());
        if (started.equals(startedAt) && completed.equals(completedAt)) {
            return view();
        }
        apply(new WorkedTimeCorrected(bookingId, businessId, providerId, started, completed, reason));
        if (payRateType == PayRateType.HOURLY) {
            Earnings earnings = EarningsCalculator.calculateProviderEarnings(
                    new PayRate(payRateType, payRateAmount, scheduledStart), priceCents, worked);
            long adjustment = earnings.providerEarningsCents() - providerEarningsCents;
            if (adjustment != 0) {
                apply(new EarningsAdjusted(
                        bookingId,
                        businessId,
                        providerId,
                        adjustment,
                        earnings.providerEarningsCents(),
                        earnings.businessCommissionCents(),
                        currency,
                        reason,
                        clock.instant()));
            }
        }
        return view();
    }

    /** Gives the booking to another provider, who must confirm it again; the same provider changes nothing. */
    void assign(ProviderId provider, SlotHolder slots) {
        requireChangeable("reassigned");
        if (!provider.equals(providerId)) {
            slots.hold(provider, slot());
            apply(new BookingAssigned(bookingId, businessId, provider, providerId));
        }
    }

    /**
     * The assignment saga offers the booking: it is assigned to the provider, still PENDING, until the offer
     * expires. Only a booking nobody holds can be offered.
     */
    void offer(ProviderId provider, Instant expiresAt, double score, List<String> reasons, SlotHolder slots) {
        if (status != BookingStatus.PENDING || providerId != null) {
            throw new ConflictException("Only a PENDING booking without a provider can be offered.");
        }
        slots.hold(provider, slot());
        apply(new BookingAssigned(bookingId, businessId, provider, null));
        apply(new AssignmentProposed(bookingId, businessId, provider, expiresAt, score, List.copyOf(reasons)));
    }

    /**
     * The saga's offer to the provider was refused (see {@link dev.tandem.api.assignment.RecordRefusedOfferCommand});
     * a booking that has found a provider since keeps it, and records nothing.
     */
    @CommandHandler
    BookingView handle(RecordRefusedOfferCommand command) {
        if (status == BookingStatus.PENDING && providerId == null) {
            apply(new AssignmentOfferRefused(
                    bookingId, businessId, command.providerId(), BookingTerms.checkText("reason", command.reason())));
        }
        return view();
    }

    /** Answers whether the offer to that provider was still open and is now taken back. */
    boolean expireOffer(ProviderId provider) {
        if (offerExpiresAt == null || !provider.equals(providerId) || status != BookingStatus.PENDING) {
            return false;
        }
        apply(new AssignmentOfferExpired(bookingId, businessId, provider));
        apply(new BookingUnassigned(bookingId, businessId, provider));
        return true;
    }

    /** Auto-assignment gave up; a booking that found a provider meanwhile is left as it is. */
    void failAssignment(List<ProviderRanking.Exclusion> excluded) {
        if (status == BookingStatus.PENDING && providerId == null) {
            apply(new AssignmentFailed(bookingId, businessId, List.copyOf(excluded)));
        }
    }

    void unassign() {
        requireChangeable("unassigned");
        if (providerId != null) {
            apply(new BookingUnassigned(bookingId, businessId, providerId));
        }
    }

    /**
     * An admin's changes, all checked before any is applied: the provider (who must confirm again) and the
     * slot are held once, for the provider and the time the booking ends up with; what stays as it is
     * stores nothing; a cancellation comes last.
     */
    void change(ChangeBookingCommand change, SlotHolder slots, Instant now) {
        Instant newStart = change.scheduledStart() == null ? scheduledStart : change.scheduledStart();
        int newDuration = change.durationMinutes() == null
                ? durationMinutes
                : BookingTerms.checkDuration(change.durationMinutes());
        long newPrice = change.priceCents() == null ? priceCents : BookingTerms.checkPrice(change.priceCents());
        ArrivalWindow newWindow = change.arrivalWindow() == null
                ? arrivalWindow
                : BookingTerms.checkArrivalWindow(change.arrivalWindow());
        BookingTerms.checkStartInWindow(newStart, newWindow);
        String newNotes = change.notes() == null ? notes : BookingTerms.checkNotes(change.notes());
        boolean reassigned = change.providerId() != null && !change.providerId().equals(providerId);
        boolean rescheduled = !newStart.equals(scheduledStart) || newDuration != durationMinutes;
        boolean repriced = newPrice != priceCents;
        boolean renoted = !Objects.equals(newNotes, notes);
        boolean rewindowed = !Objects.equals(newWindow, arrivalWindow);
        if (reassigned || rescheduled || repriced || renoted || rewindowed) {
            requireChangeable("changed");
        }
        if (change.cancel()) {
            requireMove(BookingStatus.CANCELLED);
        }
        ProviderId newProvider = reassigned ? change.providerId() : providerId;
        if ((reassigned || rescheduled) && newProvider != null) {
            slots.hold(newProvider, BookingTerms.slotOf(newStart, newDuration));
        }
        if (reassigned) {
            apply(new BookingAssigned(bookingId, businessId, newProvider, providerId));
        }
        if (rewindowed) {
            apply(new ArrivalWindowChanged(bookingId, businessId, newWindow));
        }
        if (rescheduled) {
            apply(new BookingRescheduled(bookingId, businessId, newStart, newDuration));
        }
        if (repriced) {
            apply(new BookingRepriced(bookingId, businessId, newPrice));
        }
        if (renoted) {
            apply(new BookingNotesChanged(bookingId, businessId, newNotes));
        }
        if (change.cancel()) {
            apply(new BookingCancelled(
                    bookingId, businessId, BookingTerms.checkText("reason", change.cancellationReason()), now));
        }
    }

    /** The provider gives the job back: it returns to PENDING without a provider, even from CONFIRMED. */
    void decline(ProviderId actor, String reason) {
        requireActingProvider(actor);
        if (providerId == null) {
            throw new ConflictException("The booking has no provider to decline it.");
        }
        requireChangeable("declined");
        ProviderId decliner = providerId;
        apply(new BookingDeclined(bookingId, businessId, decliner, BookingTerms.checkText("note", reason)));
        apply(new BookingUnassigned(bookingId, businessId, decliner));
    }

    void cancel(String reason, Instant at) {
        requireMove(BookingStatus.CANCELLED);
        apply(new BookingCancelled(bookingId, businessId, BookingTerms.checkText("reason", reason), at));
    }

    /**
     * Completes the job and, in the same unit of work, records what it earned. A booking completes once,
     * so retries, concurrent completions and replays can never record earnings twice.
     */
    void complete(ProviderId actor, PayRates payRates, Instant at) {
        requireActingProvider(actor);
        requireMove(BookingStatus.COMPLETED);
        apply(new BookingCompleted(bookingId, businessId, providerId, at));
        Optional<PayRate> rate = payRates.inEffectAt(providerId, scheduledStart);
        // A clock that stepped back must not make the worked time negative.
        Duration worked = at.isAfter(startedAt) ? Duration.between(startedAt, at) : Duration.ZERO;
        Earnings earnings = rate.map(r -> EarningsCalculator.calculateProviderEarnings(r, priceCents, worked))
                // Without any pay rate the provider earns nothing from the price; tips still go to it.
                .orElseGet(() -> new Earnings(priceCents, 0, priceCents, 0));
        apply(new EarningsRecorded(
                bookingId,
                businessId,
                providerId,
                rate.map(PayRate::type).orElse(null),
                rate.map(PayRate::amount).orElse(0L),
                earnings.grossCents(),
                earnings.providerEarningsCents(),
                earnings.businessCommissionCents(),
                currency,
                at));
    }

    BookingView view() {
        return new BookingView(
                bookingId.toString(),
                status.name(),
                service,
                scheduledStart,
                slot().end(),
                durationMinutes,
                priceCents,
                currency,
                customer,
                providerId == null ? null : providerId.toString(),
                offerExpiresAt,
                startedAt,
                completedAt,
                cancelledAt,
                notes,
                rating,
                AggregateLifecycle.getVersion(),
                createdAt,
                updatedAt,
                arrivalWindow);
    }

    BusinessId businessId() {
        return businessId;
    }

    Optional<ProviderId> providerId() {
        return Optional.ofNullable(providerId);
    }

    TimeRange slot() {
        return BookingTerms.slotOf(scheduledStart, durationMinutes);
    }

    /** Another provider than the assigned one is told the booking does not exist (null: the business acts). */
    private void requireActingProvider(ProviderId actor) {
        if (actor != null && !actor.equals(providerId)) {
            throw new NotFoundException("No such booking.");
        }
    }

    private void requireMove(BookingStatus next) {
        if (!status.canMoveTo(next)) {
            throw new ConflictException("A " + status + " booking cannot become " + next + ".");
        }
    }

    private void requireChangeable(String change) {
        if (status != BookingStatus.PENDING && status != BookingStatus.CONFIRMED) {
            throw new ConflictException("A " + status + " booking cannot be " + change + ".");
        }
    }

    @EventSourcingHandler
    void on(BookingCreated event, @Timestamp Instant at) {
        bookingId = event.bookingId();
        businessId = event.businessId();
        customer = event.customer();
        service = event.service();
        scheduledStart = event.scheduledStart();
        durationMinutes = event.durationMinutes();
        priceCents = event.priceCents();
        currency = event.currency();
        notes = event.notes();
        arrivalWindow = event.arrivalWindow();
        status = BookingStatus.PENDING;
        createdAt = at;
        updatedAt = at;
    }

    @EventSourcingHandler
    void on(BookingAssigned event, @Timestamp Instant at) {
        providerId = event.providerId();
        offerExpiresAt = null;
        status = BookingStatus.PENDING;
        updatedAt = at;
    }

    @EventSourcingHandler
    void on(AssignmentProposed event) {
        offerExpiresAt = event.offerExpiresAt();
    }

    @EventSourcingHandler
    void on(BookingUnassigned event, @Timestamp Instant at) {
        providerId = null;
        offerExpiresAt = null;
        status = BookingStatus.PENDING;
        updatedAt = at;
    }

    @EventSourcingHandler
    void on(BookingConfirmed event, @Timestamp Instant at) {
        status = BookingStatus.CONFIRMED;
        offerExpiresAt = null;
        updatedAt = at;
    }

    @EventSourcingHandler
    void on(BookingStarted event, @Timestamp Instant at) {
        status = BookingStatus.IN_PROGRESS;
        startedAt = event.startedAt();
        updatedAt = at;
    }

    @EventSourcingHandler
    void on(BookingCompleted event, @Timestamp Instant at) {
        status = BookingStatus.COMPLETED;
        completedAt = event.completedAt();
        updatedAt = at;
    }

    @EventSourcingHandler
    void on(BookingDeclined event, @Timestamp Instant at) {
        updatedAt = at;
    }

    @EventSourcingHandler
    void on(BookingCancelled event, @Timestamp Instant at) {
        status = BookingStatus.CANCELLED;
        cancelledAt = event.cancelledAt();
        updatedAt = at;
    }

    @EventSourcingHandler
    void on(BookingRescheduled event, @Timestamp Instant at) {
        scheduledStart = event.scheduledStart();
        durationMinutes = event.durationMinutes();
        updatedAt = at;
    }

    @EventSourcingHandler
    void on(ArrivalWindowChanged event, @Timestamp Instant at) {
        arrivalWindow = event.arrivalWindow();
        updatedAt = at;
    }

    @EventSourcingHandler
    void on(BookingRepriced event, @Timestamp Instant at) {
        priceCents = event.priceCents();
        updatedAt = at;
    }

    @EventSourcingHandler
    void on(BookingNotesChanged event, @Timestamp Instant at) {
        notes = event.notes();
        updatedAt = at;
    }

    @EventSourcingHandler
    void on(BookingRated event, @Timestamp Instant at) {
        rating = new RatingView(event.stars(), event.comment());
        updatedAt = at;
    }

    @EventSourcingHandler
    void on(TipAdded event, @Timestamp Instant at) {
        tippedCents += event.amountCents();
        updatedAt = at;
    }

    @EventSourcingHandler
    void on(EarningsRecorded event, @Timestamp Instant at) {
        payRateType = event.payRateType();
        payRateAmount = event.payRateAmount();
        providerEarningsCents = event.providerEarningsCents();
        updatedAt = at;
    }

    @EventSourcingHandler
    void on(WorkedTimeCorrected event, @Timestamp Instant at) {
        startedAt = event.startedAt();
        completedAt = event.completedAt();
        updatedAt = at;
    }

    @EventSourcingHandler
    void on(EarningsAdjusted event, @Timestamp Instant at) {
        providerEarningsCents = event.providerEarningsCents();
        updatedAt = at;
    }
}
