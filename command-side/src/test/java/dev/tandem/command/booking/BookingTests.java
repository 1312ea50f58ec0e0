package dev.tandem.command.booking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.api.assignment.AssignmentFailed;
import dev.tandem.api.assignment.AssignmentOfferExpired;
import dev.tandem.api.assignment.AssignmentOfferRefused;
import dev.tandem.api.assignment.AssignmentProposed;
import dev.tandem.api.assignment.ExpireOfferCommand;
import dev.tandem.api.assignment.FailAssignmentCommand;
import dev.tandem.api.assignment.ProposeAssignmentCommand;
import dev.tandem.api.assignment.ProviderRanking;
import dev.tandem.api.assignment.RecordRefusedOfferCommand;
import dev.tandem.api.booking.ArrivalWindow;
import dev.tandem.api.booking.ArrivalWindowChanged;
import dev.tandem.api.booking.AssignBookingCommand;
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
import dev.tandem.api.booking.CancelBookingCommand;
import dev.tandem.api.booking.ChangeBookingCommand;
import dev.tandem.api.booking.CompleteBookingCommand;
import dev.tandem.api.booking.ConfirmBookingCommand;
import dev.tandem.api.booking.CorrectWorkedTimeCommand;
import dev.tandem.api.booking.CreateBookingCommand;
import dev.tandem.api.booking.CustomerSummary;
import dev.tandem.api.booking.DeclineBookingCommand;
import dev.tandem.api.booking.RateBookingCommand;
import dev.tandem.api.booking.RatingView;
import dev.tandem.api.booking.StartBookingCommand;
import dev.tandem.api.booking.TipAdded;
import dev.tandem.api.booking.TipBookingCommand;
import dev.tandem.api.booking.UnassignBookingCommand;
import dev.tandem.api.booking.WorkedTimeCorrected;
import dev.tandem.api.earnings.EarningsAdjusted;
import dev.tandem.api.earnings.EarningsRecorded;
import dev.tandem.api.errors.ConflictException;
import dev.tandem.api.errors.InvalidInputException;
import dev.tandem.api.errors.NotFoundException;
import dev.tandem.api.provider.TimeOff;
import dev.tandem.kernel.BookingId;
import dev.tandem.kernel.BookingStatus;
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.CustomerId;
import dev.tandem.kernel.PayRate;
import dev.tandem.kernel.PayRateType;
import dev.tandem.kernel.ProviderId;
import dev.tandem.kernel.ProviderStatus;
import dev.tandem.kernel.TimeRange;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class BookingTests {

    private static final BusinessId BUSINESS = BusinessId.newId();
    private static final BusinessId OTHER_BUSINESS = BusinessId.newId();
    private static final BookingId BOOKING = BookingId.newId();
    private static final BookingId OTHER_BOOKING = BookingId.newId();
    private static final ProviderId PROVIDER = ProviderId.newId();
    private static final ProviderId OTHER_PROVIDER = ProviderId.newId();
    private static final CustomerId CUSTOMER = CustomerId.newId();
    private static final CustomerSummary SUMMARY =
            new CustomerSummary(CUSTOMER.toString(), "Ada", "ada@example.com", null, "1 Rue de Rivoli", 48.86, 2.35);
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** Tuesday 10:00 in Paris; the providers work 08:00–18:00. */
    private static final Instant START = Instant.parse("2026-11-24T09:00:00Z");

    private static final Instant NOW = Instant.parse("2026-11-24T10:30:00Z");

    private static final int DURATION = 120;
    private static final long PRICE = 10_000;

    private AggregateTestFixture<Booking> fixture;
    private FakeProviders providers;
    private FakeBookedSlots slots;

    @BeforeEach
    void setUp() {
        providers = new FakeProviders()
                .add(BUSINESS, PROVIDER, FakeProviders.working())
                .add(BUSINESS, OTHER_PROVIDER, FakeProviders.working());
        slots = new FakeBookedSlots();
        setUpFixture();
    }

    private void setUpFixture() {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        fixture = new AggregateTestFixture<>(Booking.class);
        fixture.registerCommandTargetResolver(new BookingTargets());
        fixture.registerInjectableResource(clock);
        fixture.registerInjectableResource(new BookingProperties(Duration.ofMinutes(60)));
        CustomerDirectory customers = (business, customer) -> {
            if (business.equals(BUSINESS) && customer.equals(CUSTOMER)) {
                return SUMMARY;
            }
            throw new NotFoundException("No such customer.");
        };
        fixture.registerAnnotatedCommandHandler(new BookingScheduling(
                fixture.getRepository(), new BookableProviders(providers, business -> PARIS), slots, customers, clock));
    }

    // ---- creating -------------------------------------------------------------------------------------------

    @Test
    void aBookingWithoutAProviderWaitsForTheAssignmentSaga() {
        fixture.givenNoPriorActivity()
                .when(create(null, true))
                .expectEvents(created(true))
                .expectResultMessagePayloadMatching(
                        view(booking -> booking.status().equals("PENDING")
                                && booking.providerId() == null
                                && booking.scheduledEnd().equals(START.plus(Duration.ofMinutes(DURATION)))
                                && booking.version() == 0
                                && booking.customer().equals(SUMMARY)));
        assertThat(slots.of(BOOKING)).isEmpty();
    }

    @Test
    void aBookingMadeWithAFreeProviderIsAssignedAndHoldsItsSlot() {
        fixture.givenNoPriorActivity()
                .when(create(PROVIDER, true))
                .expectEvents(created(false), assigned(PROVIDER, null))
                .expectResultMessagePayloadMatching(
                        view(booking -> booking.providerId().equals(PROVIDER.toString()) && booking.version() == 1));
        assertThat(slots.of(BOOKING))
                .hasValueSatisfying(slot -> assertThat(slot.providerId()).isEqualTo(PROVIDER));
    }

    @Test
    void aBookingCanBeMadeWithoutAutoAssignment() {
        fixture.givenNoPriorActivity().when(create(null, false)).expectEvents(created(false));
    }

    @Test
    void aProviderAlreadyBookedThenCannotTakeAnOverlappingBooking() {
        slots.reserve(
                OTHER_BOOKING, BUSINESS, PROVIDER, new TimeRange(START.minusSeconds(3600), START.plusSeconds(60)));

        fixture.givenNoPriorActivity()
                .when(create(PROVIDER, true))
                .expectException(ConflictException.class)
                .expectExceptionMessage("The provider already has a booking at that time.")
                .expectNoEvents();
    }

    @Test
    void backToBackBookingsOfOneProviderDoNotOverlap() {
        slots.reserve(OTHER_BOOKING, BUSINESS, PROVIDER, new TimeRange(START.minusSeconds(3600), START));

        fixture.givenNoPriorActivity()
                .when(create(PROVIDER, true))
                .expectSuccessfulHandlerExecution()
                .expectEvents(created(false), assigned(PROVIDER, null));
    }

    @Test
    void aProviderIsNotBookedOutsideItsWorkingHours() {
        fixture.givenNoPriorActivity()
                .when(createAt(PROVIDER, Instant.parse("2026-11-24T17:00:00Z")))
                .expectException(ConflictException.class)
                .expectExceptionMessage("The provider's working hours do not cover that time.")
                .expectNoEvents();
        assertThat(slots.of(BOOKING)).isEmpty();
    }

    @Test
    void aProviderIsNotBookedDuringItsTimeOff() {
        providers.add(
                BUSINESS,
                PROVIDER,
                FakeProviders.withTimeOff(
                        new TimeOff(UUID.randomUUID(), START.plusSeconds(3600), START.plusSeconds(7200), "dentist")));

        fixture.givenNoPriorActivity()
                .when(create(PROVIDER, true))
                .expectException(ConflictException.class)
                .expectExceptionMessage("The provider has time off at that time.")
                .expectNoEvents();
    }

    @Test
    void aDeactivatedProviderTakesNoBookings() {
        providers.add(BUSINESS, PROVIDER, FakeProviders.withStatus(false, ProviderStatus.OFFLINE));

        fixture.givenNoPriorActivity()
                .when(create(PROVIDER, true))
                .expectException(ConflictException.class)
                .expectExceptionMessage("The provider is deactivated and takes no bookings.")
                .expectNoEvents();
    }

    @ParameterizedTest
    @EnumSource(ProviderStatus.class)
    void anAdminMayBookAnActiveProviderWhateverItsCurrentStatus(ProviderStatus status) {
        providers.add(BUSINESS, PROVIDER, FakeProviders.withStatus(true, status));

        fixture.givenNoPriorActivity()
                .when(create(PROVIDER, true))
                .expectEvents(created(false), assigned(PROVIDER, null));
    }

    @Test
    void aProviderOfAnotherBusinessIsNotAProviderHere() {
        ProviderId foreign = ProviderId.newId();
        providers.add(OTHER_BUSINESS, foreign, FakeProviders.working());

        fixture.givenNoPriorActivity()
                .when(create(foreign, true))
                .expectException(invalid("providerId"))
                .expectNoEvents();
    }

    @Test
    void anUnknownCustomerIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new CreateBookingCommand(
                        BOOKING,
                        BUSINESS,
                        CustomerId.newId(),
                        "cleaning",
                        START,
                        DURATION,
                        PRICE,
                        "EUR",
                        null,
                        true,
                        null))
                .expectException(invalid("customerId"))
                .expectNoEvents();
    }

    @ParameterizedTest
    @CsvSource({
        "' ', 120, 10000, service",
        "cleaning, 0, 10000, durationMinutes",
        "cleaning, 1441, 10000, durationMinutes",
        "cleaning, 120, -1, priceCents"
    })
    void aBookingWithAnInvalidTermIsRefusedNamingTheField(String service, int duration, long price, String field) {
        fixture.givenNoPriorActivity()
                .when(new CreateBookingCommand(
                        BOOKING, BUSINESS, CUSTOMER, service, START, duration, price, "EUR", PROVIDER, true, null))
                .expectException(invalid(field))
                .expectNoEvents();
        assertThat(slots.of(BOOKING)).isEmpty();
    }

    @Test
    void aBookingNeedsAScheduledStart() {
        fixture.givenNoPriorActivity()
                .when(new CreateBookingCommand(
                        BOOKING, BUSINESS, CUSTOMER, "cleaning", null, DURATION, PRICE, "EUR", null, true, null))
                .expectException(invalid("scheduledStart"))
                .expectNoEvents();
    }

    // ---- the status machine ---------------------------------------------------------------------------------

    /** docs/api.md: PENDING → CONFIRMED → IN_PROGRESS → COMPLETED; PENDING|CONFIRMED → CANCELLED; nothing else. */
    private static final List<String> LEGAL_MOVES = List.of(
            "PENDING->CONFIRMED",
            "PENDING->CANCELLED",
            "CONFIRMED->IN_PROGRESS",
            "CONFIRMED->CANCELLED",
            "IN_PROGRESS->COMPLETED");

    static Stream<Arguments> everyMove() {
        var moves = new ArrayList<Arguments>();
        for (BookingStatus from : BookingStatus.values()) {
            for (BookingStatus to : BookingStatus.values()) {
                if (to != BookingStatus.PENDING) {
                    moves.add(Arguments.of(from, to, LEGAL_MOVES.contains(from + "->" + to)));
                }
            }
        }
        return moves.stream();
    }

    @ParameterizedTest(name = "{0} -> {1} legal: {2}")
    @MethodSource("everyMove")
    void onlyTheMovesOfTheStatusMachineAreAllowed(BookingStatus from, BookingStatus to, boolean legal) {
        var result = fixture.given(historyUpTo(from)).when(moveTo(to));
        if (legal) {
            result.expectSuccessfulHandlerExecution()
                    .expectEvents(eventsOfMoveTo(to).toArray())
                    .expectResultMessagePayloadMatching(
                            view(booking -> booking.status().equals(to.name())));
        } else {
            result.expectException(ConflictException.class)
                    .expectExceptionMessage("A " + from + " booking cannot become " + to + ".")
                    .expectNoEvents();
        }
    }

    @Test
    void startingStampsWhenTheJobStarted() {
        fixture.given(historyUpTo(BookingStatus.CONFIRMED))
                .when(new StartBookingCommand(BOOKING, BUSINESS, PROVIDER, null))
                .expectEvents(new BookingStarted(BOOKING, BUSINESS, PROVIDER, NOW))
                .expectResultMessagePayloadMatching(view(booking -> NOW.equals(booking.startedAt())));
    }

    @Test
    void aJobCannotStartMoreThanTheEarlyStartBeforeItsScheduledStart() {
        fixture.given(confirmedFor(NOW.plus(Duration.ofMinutes(61))))
                .when(new StartBookingCommand(BOOKING, BUSINESS, PROVIDER, null))
                .expectException(ConflictException.class)
                .expectExceptionMessage("It is too early to start this job: it can be started from 60 minutes"
                        + " before its scheduled start.")
                .expectNoEvents();
    }

    @Test
    void aJobStartsFromTheEarlyStartBeforeItsScheduledStart() {
        fixture.given(confirmedFor(NOW.plus(Duration.ofMinutes(60))))
                .when(new StartBookingCommand(BOOKING, BUSINESS, PROVIDER, null))
                .expectEvents(new BookingStarted(BOOKING, BUSINESS, PROVIDER, NOW));
    }

    /** A confirmed booking moved to {@code start}. */
    private static List<Object> confirmedFor(Instant start) {
        var history = historyUpTo(BookingStatus.CONFIRMED);
        history.add(new BookingRescheduled(BOOKING, BUSINESS, start, DURATION));
        return history;
    }

    @Test
    void cancellingStampsWhenAndFreesTheSlot() {
        slots.reserve(BOOKING, BUSINESS, PROVIDER, slotAt(START));

        fixture.given(historyUpTo(BookingStatus.CONFIRMED))
                .when(new CancelBookingCommand(BOOKING, BUSINESS, "customer moved", null))
                .expectEvents(new BookingCancelled(BOOKING, BUSINESS, "customer moved", NOW))
                .expectResultMessagePayloadMatching(view(booking -> NOW.equals(booking.cancelledAt())));
        assertThat(slots.of(BOOKING)).isEmpty();
    }

    @Test
    void completingStampsWhenAndFreesTheSlot() {
        slots.reserve(BOOKING, BUSINESS, PROVIDER, slotAt(START));

        fixture.given(historyUpTo(BookingStatus.IN_PROGRESS))
                .when(new CompleteBookingCommand(BOOKING, BUSINESS, PROVIDER, null))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayloadMatching(view(booking ->
                        NOW.equals(booking.completedAt()) && booking.status().equals("COMPLETED")));
        assertThat(slots.of(BOOKING)).isEmpty();
    }

    @Test
    void onlyAnAssignedBookingCanBeConfirmed() {
        fixture.given(created(false))
                .when(new ConfirmBookingCommand(BOOKING, BUSINESS, null, null))
                .expectException(ConflictException.class)
                .expectExceptionMessage("Only an assigned booking can be confirmed.")
                .expectNoEvents();
    }

    @Test
    void aProviderCannotConfirmABookingNobodyGaveIt() {
        fixture.given(created(false))
                .when(new ConfirmBookingCommand(BOOKING, BUSINESS, PROVIDER, null))
                .expectException(NotFoundException.class)
                .expectNoEvents();
    }

    static Stream<Arguments> providerMovesByAnotherProvider() {
        return Stream.of(
                Arguments.of(BookingStatus.PENDING, new ConfirmBookingCommand(BOOKING, BUSINESS, OTHER_PROVIDER, null)),
                Arguments.of(BookingStatus.CONFIRMED, new StartBookingCommand(BOOKING, BUSINESS, OTHER_PROVIDER, null)),
                Arguments.of(
                        BookingStatus.IN_PROGRESS, new CompleteBookingCommand(BOOKING, BUSINESS, OTHER_PROVIDER, null)),
                Arguments.of(
                        BookingStatus.CONFIRMED,
                        new DeclineBookingCommand(BOOKING, BUSINESS, OTHER_PROVIDER, null, null)));
    }

    @ParameterizedTest
    @MethodSource("providerMovesByAnotherProvider")
    void anotherProviderIsToldTheBookingDoesNotExist(BookingStatus status, Object command) {
        fixture.given(historyUpTo(status))
                .when(command)
                .expectException(NotFoundException.class)
                .expectNoEvents();
    }

    // ---- the business check ---------------------------------------------------------------------------------

    static Stream<Object> everyCommandOfAnotherBusiness() {
        BusinessId other = OTHER_BUSINESS;
        return Stream.of(
                new ConfirmBookingCommand(BOOKING, other, PROVIDER, null),
                new StartBookingCommand(BOOKING, other, PROVIDER, null),
                new CompleteBookingCommand(BOOKING, other, PROVIDER, null),
                new DeclineBookingCommand(BOOKING, other, PROVIDER, null, null),
                new CancelBookingCommand(BOOKING, other, null, null),
                new AssignBookingCommand(BOOKING, other, OTHER_PROVIDER, null),
                new UnassignBookingCommand(BOOKING, other, null),
                reschedule(other, START.plusSeconds(3600), DURATION, null),
                reprice(other, 1, null),
                renote(other, "mine now", null),
                new RateBookingCommand(BOOKING, other, 5, null),
                new TipBookingCommand(BOOKING, other, 100),
                new CorrectWorkedTimeCommand(BOOKING, other, START, NOW, LATE_TAP));
    }

    @ParameterizedTest
    @MethodSource("everyCommandOfAnotherBusiness")
    void aCommandOfAnotherBusinessFindsNoBooking(Object command) {
        fixture.given(historyUpTo(BookingStatus.CONFIRMED))
                .when(command)
                .expectException(NotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void aStaleVersionOfAnotherBusinessIsStillNotFound() {
        fixture.given(historyUpTo(BookingStatus.CONFIRMED))
                .when(reprice(OTHER_BUSINESS, 1, 0L))
                .expectException(NotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void aStaleExpectedVersionChangesNothing() {
        fixture.given(historyUpTo(BookingStatus.CONFIRMED))
                .when(reprice(BUSINESS, 1, 1L))
                .expectException(ConflictingAggregateVersionException.class)
                .expectNoEvents();
    }

    @Test
    void aStaleExpectedVersionChangesNothingThroughTheScheduler() {
        fixture.given(historyUpTo(BookingStatus.CONFIRMED))
                .when(new CancelBookingCommand(BOOKING, BUSINESS, null, 0L))
                .expectException(ConflictingAggregateVersionException.class)
                .expectNoEvents();
    }

    @Test
    void theCurrentExpectedVersionIsAccepted() {
        fixture.given(historyUpTo(BookingStatus.CONFIRMED))
                .when(reprice(BUSINESS, 1, 2L))
                .expectEvents(new BookingRepriced(BOOKING, BUSINESS, 1))
                .expectResultMessagePayloadMatching(view(booking -> booking.version() == 3));
    }

    // ---- declining, assigning, unassigning ------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(
            value = BookingStatus.class,
            names = {"PENDING", "CONFIRMED"})
    void aDeclinedBookingGoesBackToPendingWithoutAProvider(BookingStatus status) {
        slots.reserve(BOOKING, BUSINESS, PROVIDER, slotAt(START));

        fixture.given(historyUpTo(status))
                .when(new DeclineBookingCommand(BOOKING, BUSINESS, PROVIDER, "too far", null))
                .expectEvents(
                        new BookingDeclined(BOOKING, BUSINESS, PROVIDER, "too far"),
                        new BookingUnassigned(BOOKING, BUSINESS, PROVIDER))
                .expectResultMessagePayloadMatching(
                        view(booking -> booking.status().equals("PENDING") && booking.providerId() == null));
        assertThat(slots.of(BOOKING)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(
            value = BookingStatus.class,
            names = {"IN_PROGRESS", "COMPLETED", "CANCELLED"})
    void aBookingPastConfirmationCannotBeDeclined(BookingStatus status) {
        fixture.given(historyUpTo(status))
                .when(new DeclineBookingCommand(BOOKING, BUSINESS, PROVIDER, null, null))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    // ---- offers of the assignment saga ------------------------------------------------------------------------

    private static final Instant OFFER_ENDS = NOW.plusSeconds(900);

    @Test
    void anOfferAssignsTheBookingToTheProviderUntilItExpires() {
        fixture.given(created(true))
                .when(new ProposeAssignmentCommand(BOOKING, BUSINESS, PROVIDER, OFFER_ENDS, 0.8, List.of("2 km")))
                .expectEvents(
                        new BookingAssigned(BOOKING, BUSINESS, PROVIDER, null),
                        new AssignmentProposed(BOOKING, BUSINESS, PROVIDER, OFFER_ENDS, 0.8, List.of("2 km")))
                .expectResultMessagePayloadMatching(
                        view(booking -> booking.status().equals("PENDING")
                                && booking.providerId().equals(PROVIDER.toString())
                                && OFFER_ENDS.equals(booking.offerExpiresAt())));
        assertThat(slots.of(BOOKING))
                .hasValueSatisfying(slot -> assertThat(slot.providerId()).isEqualTo(PROVIDER));
    }

    @Test
    void aBookingWithAProviderIsNotOffered() {
        fixture.given(created(false), new BookingAssigned(BOOKING, BUSINESS, PROVIDER, null))
                .when(new ProposeAssignmentCommand(BOOKING, BUSINESS, OTHER_PROVIDER, OFFER_ENDS, 0.8, List.of()))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void anExpiredOfferTakesTheBookingBack() {
        fixture.given(offeredTo(PROVIDER))
                .when(new ExpireOfferCommand(BOOKING, BUSINESS, PROVIDER))
                .expectEvents(
                        new AssignmentOfferExpired(BOOKING, BUSINESS, PROVIDER),
                        new BookingUnassigned(BOOKING, BUSINESS, PROVIDER));
    }

    @Test
    void anOfferConfirmedInTimeDoesNotExpire() {
        var history = new ArrayList<>(offeredTo(PROVIDER));
        history.add(new BookingConfirmed(BOOKING, BUSINESS, PROVIDER));
        fixture.given(history)
                .when(new ExpireOfferCommand(BOOKING, BUSINESS, PROVIDER))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void anAssignmentFailsOnlyForABookingStillWithoutAProvider() {
        var excluded = List.of(new ProviderRanking.Exclusion(PROVIDER.toString(), "on time off"));
        fixture.given(created(true))
                .when(new FailAssignmentCommand(BOOKING, BUSINESS, excluded))
                .expectEvents(new AssignmentFailed(BOOKING, BUSINESS, excluded));
        fixture.given(offeredTo(PROVIDER))
                .when(new FailAssignmentCommand(BOOKING, BUSINESS, excluded))
                .expectNoEvents();
    }

    @Test
    void aRefusedOfferIsRecordedOnlyForABookingStillWithoutAProvider() {
        fixture.given(created(true))
                .when(new RecordRefusedOfferCommand(BOOKING, BUSINESS, PROVIDER, "booked meanwhile"))
                .expectEvents(new AssignmentOfferRefused(BOOKING, BUSINESS, PROVIDER, "booked meanwhile"));
        fixture.given(offeredTo(OTHER_PROVIDER))
                .when(new RecordRefusedOfferCommand(BOOKING, BUSINESS, PROVIDER, "booked meanwhile"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    private static List<Object> offeredTo(ProviderId provider) {
        return List.of(
                created(true),
                new BookingAssigned(BOOKING, BUSINESS, provider, null),
                new AssignmentProposed(BOOKING, BUSINESS, provider, OFFER_ENDS, 0.8, List.of()));
    }

    @Test
    void reassigningAConfirmedBookingNeedsTheNewProvidersConfirmation() {
        fixture.given(historyUpTo(BookingStatus.CONFIRMED))
                .when(new AssignBookingCommand(BOOKING, BUSINESS, OTHER_PROVIDER, null))
                .expectEvents(new BookingAssigned(BOOKING, BUSINESS, OTHER_PROVIDER, PROVIDER))
                .expectResultMessagePayloadMatching(
                        view(booking -> booking.status().equals("PENDING")
                                && booking.providerId().equals(OTHER_PROVIDER.toString())));
        assertThat(slots.of(BOOKING))
                .hasValueSatisfying(slot -> assertThat(slot.providerId()).isEqualTo(OTHER_PROVIDER));
    }

    @Test
    void assigningTheSameProviderAgainChangesNothing() {
        fixture.given(historyUpTo(BookingStatus.CONFIRMED))
                .when(new AssignBookingCommand(BOOKING, BUSINESS, PROVIDER, null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void reassigningToABookedProviderIsRefused() {
        slots.reserve(OTHER_BOOKING, BUSINESS, OTHER_PROVIDER, slotAt(START.plusSeconds(1800)));

        fixture.given(historyUpTo(BookingStatus.PENDING))
                .when(new AssignBookingCommand(BOOKING, BUSINESS, OTHER_PROVIDER, null))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @ParameterizedTest
    @EnumSource(
            value = BookingStatus.class,
            names = {"IN_PROGRESS", "COMPLETED", "CANCELLED"})
    void aBookingPastConfirmationCannotBeReassigned(BookingStatus status) {
        fixture.given(historyUpTo(status))
                .when(new AssignBookingCommand(BOOKING, BUSINESS, OTHER_PROVIDER, null))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void unassigningFreesTheProvidersSlot() {
        slots.reserve(BOOKING, BUSINESS, PROVIDER, slotAt(START));

        fixture.given(historyUpTo(BookingStatus.CONFIRMED))
                .when(new UnassignBookingCommand(BOOKING, BUSINESS, null))
                .expectEvents(new BookingUnassigned(BOOKING, BUSINESS, PROVIDER));
        assertThat(slots.of(BOOKING)).isEmpty();
    }

    @Test
    void unassigningABookingWithoutProviderChangesNothing() {
        fixture.given(created(false))
                .when(new UnassignBookingCommand(BOOKING, BUSINESS, null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    // ---- rescheduling, repricing, notes ---------------------------------------------------------------------

    @Test
    void reschedulingMovesTheProvidersSlot() {
        Instant later = START.plus(Duration.ofHours(4));
        slots.reserve(BOOKING, BUSINESS, PROVIDER, slotAt(START));

        fixture.given(historyUpTo(BookingStatus.CONFIRMED))
                .when(reschedule(BUSINESS, later, 60, null))
                .expectEvents(new BookingRescheduled(BOOKING, BUSINESS, later, 60));
        assertThat(slots.of(BOOKING))
                .hasValueSatisfying(slot -> assertThat(slot.during().start()).isEqualTo(later));
    }

    @Test
    void reschedulingOutsideTheProvidersHoursIsRefused() {
        fixture.given(historyUpTo(BookingStatus.CONFIRMED))
                .when(reschedule(BUSINESS, Instant.parse("2026-11-24T20:00:00Z"), 60, null))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void reschedulingABookingWithoutProviderChecksNoProvider() {
        Instant midnight = Instant.parse("2026-11-24T23:00:00Z");
        fixture.given(created(true))
                .when(reschedule(BUSINESS, midnight, 60, null))
                .expectEvents(new BookingRescheduled(BOOKING, BUSINESS, midnight, 60));
    }

    @Test
    void reschedulingToTheSameTimeChangesNothing() {
        fixture.given(historyUpTo(BookingStatus.CONFIRMED))
                .when(reschedule(BUSINESS, START, DURATION, null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aRescheduleNeedsAValidDuration() {
        fixture.given(historyUpTo(BookingStatus.CONFIRMED))
                .when(reschedule(BUSINESS, START, 0, null))
                .expectException(invalid("durationMinutes"))
                .expectNoEvents();
    }

    @Test
    void repricingAndNotesChangeAnOpenBooking() {
        fixture.given(historyUpTo(BookingStatus.PENDING))
                .when(reprice(BUSINESS, 12_000, null))
                .expectEvents(new BookingRepriced(BOOKING, BUSINESS, 12_000));
        fixture.given(historyUpTo(BookingStatus.PENDING))
                .when(renote(BUSINESS, "  ring twice  ", null))
                .expectEvents(new BookingNotesChanged(BOOKING, BUSINESS, "ring twice"));
    }

    @Test
    void aNegativePriceIsRefused() {
        fixture.given(historyUpTo(BookingStatus.PENDING))
                .when(reprice(BUSINESS, -5, null))
                .expectException(invalid("priceCents"))
                .expectNoEvents();
    }

    @Test
    void aPatchsChangesAreOneCommandWhoseEventsAreStoredTogether() {
        Instant later = START.plus(Duration.ofHours(2));
        slots.reserve(BOOKING, BUSINESS, PROVIDER, slotAt(START));

        fixture.given(historyUpTo(BookingStatus.CONFIRMED))
                .when(new ChangeBookingCommand(
                        BOOKING, BUSINESS, OTHER_PROVIDER, later, 90, 12_000L, "side door", false, null, null, 2L))
                .expectEvents(
                        new BookingAssigned(BOOKING, BUSINESS, OTHER_PROVIDER, PROVIDER),
                        new BookingRescheduled(BOOKING, BUSINESS, later, 90),
                        new BookingRepriced(BOOKING, BUSINESS, 12_000),
                        new BookingNotesChanged(BOOKING, BUSINESS, "side door"));
        assertThat(slots.of(BOOKING)).hasValueSatisfying(slot -> {
            assertThat(slot.providerId()).isEqualTo(OTHER_PROVIDER);
            assertThat(slot.during()).isEqualTo(BookingTerms.slotOf(later, 90));
        });
    }

    @Test
    void aBookingWithAnArrivalWindowKeepsItsStartInsideIt() {
        var window = new ArrivalWindow(START.minus(Duration.ofHours(1)), START.plus(Duration.ofHours(1)));

        fixture.givenNoPriorActivity()
                .when(createWithWindow(START, window))
                .expectEvents(new BookingCreated(
                        BOOKING, BUSINESS, SUMMARY, "cleaning", START, DURATION, PRICE, "EUR", null, false, window));
        fixture.givenNoPriorActivity()
                .when(createWithWindow(window.end().plusSeconds(60), window))
                .expectException(invalid("scheduledStart"))
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(createWithWindow(START, new ArrivalWindow(START, START)))
                .expectException(invalid("arrivalWindow"))
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(createWithWindow(START, new ArrivalWindow(START, START.plus(Duration.ofHours(25)))))
                .expectException(invalid("arrivalWindow"))
                .expectNoEvents();
    }

    @Test
    void aPatchMovesTheWindowAndTheStartTogetherAndNeverTheStartOutOfIt() {
        var window = new ArrivalWindow(START, START.plus(Duration.ofHours(2)));
        Instant later = START.plus(Duration.ofHours(1));

        fixture.given(historyUpTo(BookingStatus.PENDING))
                .when(new ChangeBookingCommand(
                        BOOKING, BUSINESS, null, later, null, null, null, false, null, window, null))
                .expectEvents(
                        new ArrivalWindowChanged(BOOKING, BUSINESS, window),
                        new BookingRescheduled(BOOKING, BUSINESS, later, DURATION));
        fixture.given(historyUpTo(BookingStatus.PENDING))
                .andGiven(new ArrivalWindowChanged(BOOKING, BUSINESS, window))
                .when(reschedule(BUSINESS, START.plus(Duration.ofHours(3)), DURATION, null))
                .expectException(invalid("scheduledStart"))
                .expectNoEvents();
        fixture.given(historyUpTo(BookingStatus.PENDING))
                .when(new ChangeBookingCommand(
                        BOOKING,
                        BUSINESS,
                        null,
                        null,
                        null,
                        null,
                        null,
                        false,
                        null,
                        new ArrivalWindow(START.plus(Duration.ofHours(1)), START.plus(Duration.ofHours(2))),
                        null))
                .expectException(invalid("scheduledStart"))
                .expectNoEvents();
    }

    @Test
    void aPatchWithOneRefusedChangeStoresNoneOfThem() {
        fixture.given(historyUpTo(BookingStatus.CONFIRMED))
                .when(new ChangeBookingCommand(
                        BOOKING,
                        BUSINESS,
                        OTHER_PROVIDER,
                        Instant.parse("2026-11-24T20:00:00Z"),
                        null,
                        12_000L,
                        null,
                        false,
                        null,
                        null,
                        null))
                .expectException(ConflictException.class)
                .expectNoEvents();
        fixture.given(historyUpTo(BookingStatus.CONFIRMED))
                .when(new ChangeBookingCommand(
                        BOOKING, BUSINESS, null, null, null, 12_000L, "x".repeat(2001), false, null, null, null))
                .expectException(invalid("notes"))
                .expectNoEvents();
    }

    @Test
    void aPatchThatChangesAndCancelsCancelsLast() {
        fixture.given(historyUpTo(BookingStatus.PENDING))
                .when(new ChangeBookingCommand(
                        BOOKING, BUSINESS, null, null, null, 9_000L, null, true, "The customer moved", null, null))
                .expectEvents(
                        new BookingRepriced(BOOKING, BUSINESS, 9_000),
                        new BookingCancelled(BOOKING, BUSINESS, "The customer moved", NOW));
    }

    private static ChangeBookingCommand reschedule(
            BusinessId business, Instant start, int durationMinutes, Long expectedVersion) {
        return new ChangeBookingCommand(
                BOOKING, business, null, start, durationMinutes, null, null, false, null, null, expectedVersion);
    }

    private static ChangeBookingCommand reprice(BusinessId business, long priceCents, Long expectedVersion) {
        return new ChangeBookingCommand(
                BOOKING, business, null, null, null, priceCents, null, false, null, null, expectedVersion);
    }

    private static ChangeBookingCommand renote(BusinessId business, String notes, Long expectedVersion) {
        return new ChangeBookingCommand(
                BOOKING, business, null, null, null, null, notes, false, null, null, expectedVersion);
    }

    static Stream<Object> changesOfAnOpenBooking() {
        return Stream.of(
                reschedule(BUSINESS, START.plusSeconds(3600), DURATION, null),
                reprice(BUSINESS, 1, null),
                renote(BUSINESS, "later", null),
                new UnassignBookingCommand(BOOKING, BUSINESS, null));
    }

    @ParameterizedTest
    @MethodSource("changesOfAnOpenBooking")
    void aStartedBookingCannotBeChanged(Object change) {
        fixture.given(historyUpTo(BookingStatus.IN_PROGRESS))
                .when(change)
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @ParameterizedTest
    @MethodSource("changesOfAnOpenBooking")
    void aCompletedBookingCannotBeChanged(Object change) {
        fixture.given(historyUpTo(BookingStatus.COMPLETED))
                .when(change)
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    // ---- rating and tips ------------------------------------------------------------------------------------

    @Test
    void aCompletedBookingIsRatedOnce() {
        fixture.given(historyUpTo(BookingStatus.COMPLETED))
                .when(new RateBookingCommand(BOOKING, BUSINESS, 5, "spotless"))
                .expectEvents(new BookingRated(BOOKING, BUSINESS, PROVIDER, 5, "spotless"))
                .expectResultMessagePayloadMatching(
                        view(booking -> new RatingView(5, "spotless").equals(booking.rating())));
        var rated = new ArrayList<>(historyUpTo(BookingStatus.COMPLETED));
        rated.add(new BookingRated(BOOKING, BUSINESS, PROVIDER, 5, "spotless"));
        fixture.given(rated)
                .when(new RateBookingCommand(BOOKING, BUSINESS, 4, null))
                .expectException(ConflictException.class)
                .expectExceptionMessage("The booking is already rated.")
                .expectNoEvents();
    }

    @ParameterizedTest
    @EnumSource(
            value = BookingStatus.class,
            names = {"COMPLETED"},
            mode = EnumSource.Mode.EXCLUDE)
    void onlyACompletedBookingIsRatedOrTipped(BookingStatus status) {
        fixture.given(historyUpTo(status))
                .when(new RateBookingCommand(BOOKING, BUSINESS, 5, null))
                .expectException(ConflictException.class)
                .expectNoEvents();
        fixture.given(historyUpTo(status))
                .when(new TipBookingCommand(BOOKING, BUSINESS, 500))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @ParameterizedTest
    @CsvSource({"0", "6", "-1"})
    void starsRunFromOneToFive(int stars) {
        fixture.given(historyUpTo(BookingStatus.COMPLETED))
                .when(new RateBookingCommand(BOOKING, BUSINESS, stars, null))
                .expectException(invalid("stars"))
                .expectNoEvents();
    }

    @Test
    void tipsGoToTheProviderOfTheBookingAndAddUp() {
        var tipped = new ArrayList<>(historyUpTo(BookingStatus.COMPLETED));
        tipped.add(new TipAdded(BOOKING, BUSINESS, PROVIDER, 300));

        fixture.given(tipped)
                .when(new TipBookingCommand(BOOKING, BUSINESS, 200))
                .expectEvents(new TipAdded(BOOKING, BUSINESS, PROVIDER, 200));
    }

    @ParameterizedTest
    @CsvSource({"0", "-100"})
    void aTipMustBeMoreThanZero(long amount) {
        fixture.given(historyUpTo(BookingStatus.COMPLETED))
                .when(new TipBookingCommand(BOOKING, BUSINESS, amount))
                .expectException(invalid("amountCents"))
                .expectNoEvents();
    }

    @Test
    void aBookingsTipsTogetherStayWithinWhatTheLedgerCanAddUp() {
        var tipped = new ArrayList<>(historyUpTo(BookingStatus.COMPLETED));
        tipped.add(new TipAdded(BOOKING, BUSINESS, PROVIDER, BookingTerms.MAX_AMOUNT_CENTS - 100));

        fixture.given(tipped)
                .when(new TipBookingCommand(BOOKING, BUSINESS, 101))
                .expectException(invalid("amountCents"))
                .expectNoEvents();
        fixture.given(tipped)
                .when(new TipBookingCommand(BOOKING, BUSINESS, 100))
                .expectEvents(new TipAdded(BOOKING, BUSINESS, PROVIDER, 100));
    }

    @Test
    void aTipBeyondAnyRealAmountIsRefused() {
        fixture.given(historyUpTo(BookingStatus.COMPLETED))
                .when(new TipBookingCommand(BOOKING, BUSINESS, Long.MAX_VALUE))
                .expectException(invalid("amountCents"))
                .expectNoEvents();
    }

    // ---- earnings -------------------------------------------------------------------------------------------

    /** type, amount, price, minutes worked, expected provider earnings (half-even). */
    @ParameterizedTest(name = "{0} {1} on price {2} after {3} min pays {4}")
    @CsvSource({
        "PERCENTAGE, 2500, 10000, 90, 2500",
        "PERCENTAGE, 2500, 10002, 90, 2500", // 2500.5 rounds to the even 2500
        "PERCENTAGE, 2500, 10006, 90, 2502", // 2501.5 rounds to the even 2502
        "PERCENTAGE, 2500, 0, 90, 0",
        "PERCENTAGE, 10000, 4321, 90, 4321",
        "HOURLY, 3000, 10000, 90, 4500",
        "HOURLY, 1000, 10000, 1, 17",
        "HOURLY, 3, 10000, 10, 0", // 0.5 rounds to the even 0
        "HOURLY, 9, 10000, 10, 2", // 1.5 rounds to the even 2
        "HOURLY, 3000, 0, 90, 4500",
        "FLAT, 5000, 10000, 90, 5000",
        "FLAT, 5000, 0, 90, 5000"
    })
    void completingRecordsTheProvidersEarnings(
            PayRateType type, long amount, long price, int minutesWorked, long expectedEarnings) {
        providers.add(BUSINESS, PROVIDER, FakeProviders.working(new PayRate(type, amount, Instant.EPOCH)));
        setUpFixture();

        fixture.given(startedWorkAt(price, NOW.minus(Duration.ofMinutes(minutesWorked))))
                .when(new CompleteBookingCommand(BOOKING, BUSINESS, PROVIDER, null))
                .expectEvents(
                        new BookingCompleted(BOOKING, BUSINESS, PROVIDER, NOW),
                        new EarningsRecorded(
                                BOOKING,
                                BUSINESS,
                                PROVIDER,
                                type,
                                amount,
                                price,
                                expectedEarnings,
                                price - expectedEarnings,
                                "EUR",
                                NOW));
    }

    @Test
    void earningsFollowTheRateInEffectAtTheScheduledStart() {
        var history = new PayRate[] {
            new PayRate(PayRateType.PERCENTAGE, 1000, Instant.EPOCH),
            // Set after the booking was made but before its start: it applies.
            new PayRate(PayRateType.PERCENTAGE, 2000, START.minus(Duration.ofHours(1))),
            // Set after the start, e.g. while the job ran: it does not.
            new PayRate(PayRateType.PERCENTAGE, 5000, START.plus(Duration.ofMinutes(5)))
        };
        providers.add(BUSINESS, PROVIDER, FakeProviders.working(history));
        setUpFixture();

        fixture.given(startedWorkAt(PRICE, START))
                .when(new CompleteBookingCommand(BOOKING, BUSINESS, PROVIDER, null))
                .expectEvents(
                        new BookingCompleted(BOOKING, BUSINESS, PROVIDER, NOW),
                        earnings(PayRateType.PERCENTAGE, 2000, 2000));
    }

    // ---- worked-time corrections ------------------------------------------------------------------------------

    private static final String LATE_TAP = "Started the app late";

    /** A job paid 30.00 an hour, started at 09:00 and completed at 10:30, so far paid 45.00. */
    private static List<Object> hourlyJobCompleted() {
        var events = new ArrayList<>(historyUpTo(BookingStatus.COMPLETED));
        events.set(events.size() - 1, earnings(PayRateType.HOURLY, 3000, 4500));
        return events;
    }

    @Test
    void correctingAnHourlyJobsWorkedTimeRecordsTheDifferenceAsAnAdjustment() {
        Instant started = START.minus(Duration.ofMinutes(30));
        fixture.given(hourlyJobCompleted())
                .when(new CorrectWorkedTimeCommand(BOOKING, BUSINESS, started, NOW, LATE_TAP))
                .expectEvents(
                        new WorkedTimeCorrected(BOOKING, BUSINESS, PROVIDER, started, NOW, LATE_TAP),
                        new EarningsAdjusted(
                                BOOKING, BUSINESS, PROVIDER, 1500, 6000, PRICE - 6000, "EUR", LATE_TAP, NOW))
                .expectResultMessagePayloadMatching(view(booking -> started.equals(booking.startedAt())));
    }

    @Test
    void aSecondCorrectionAdjustsFromWhatTheFirstLeft() {
        var corrected = new ArrayList<>(hourlyJobCompleted());
        corrected.add(new WorkedTimeCorrected(BOOKING, BUSINESS, PROVIDER, START.minusSeconds(1800), NOW, LATE_TAP));
        corrected.add(
                new EarningsAdjusted(BOOKING, BUSINESS, PROVIDER, 1500, 6000, PRICE - 6000, "EUR", LATE_TAP, NOW));

        fixture.given(corrected)
                .when(new CorrectWorkedTimeCommand(BOOKING, BUSINESS, START, START.plusSeconds(3600), "Typo"))
                .expectEvents(
                        new WorkedTimeCorrected(BOOKING, BUSINESS, PROVIDER, START, START.plusSeconds(3600), "Typo"),
                        new EarningsAdjusted(
                                BOOKING, BUSINESS, PROVIDER, -3000, 3000, PRICE - 3000, "EUR", "Typo", NOW));
    }

    @Test
    void payThatDoesNotDependOnTimeIsNotAdjusted() {
        fixture.given(historyUpTo(BookingStatus.COMPLETED))
                .when(new CorrectWorkedTimeCommand(BOOKING, BUSINESS, START.minusSeconds(600), NOW, LATE_TAP))
                .expectEvents(
                        new WorkedTimeCorrected(BOOKING, BUSINESS, PROVIDER, START.minusSeconds(600), NOW, LATE_TAP));
    }

    @Test
    void theSameTimesAgainChangeNothing() {
        fixture.given(hourlyJobCompleted())
                .when(new CorrectWorkedTimeCommand(BOOKING, BUSINESS, START, NOW, LATE_TAP))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @ParameterizedTest
    @EnumSource(
            value = BookingStatus.class,
            names = {"COMPLETED"},
            mode = EnumSource.Mode.EXCLUDE)
    void onlyACompletedJobsWorkedTimeIsCorrected(BookingStatus status) {
        fixture.given(historyUpTo(status))
                .when(new CorrectWorkedTimeCommand(BOOKING, BUSINESS, START, NOW, LATE_TAP))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    static Stream<Arguments> impossibleWorkedTimes() {
        return Stream.of(
                Arguments.of(NOW, START, LATE_TAP, "completedAt"),
                Arguments.of(START, START, LATE_TAP, "completedAt"),
                Arguments.of(START, NOW.plusSeconds(60), LATE_TAP, "completedAt"),
                Arguments.of(START.minus(Duration.ofHours(25)), NOW, LATE_TAP, "completedAt"),
                Arguments.of(START, NOW.minusSeconds(60), " ", "reason"));
    }

    @ParameterizedTest
    @MethodSource("impossibleWorkedTimes")
    void impossibleWorkedTimesAreRefusedNamingTheField(
            Instant started, Instant completed, String reason, String field) {
        fixture.given(hourlyJobCompleted())
                .when(new CorrectWorkedTimeCommand(BOOKING, BUSINESS, started, completed, reason))
                .expectException(invalid(field))
                .expectNoEvents();
    }

    @Test
    void aProviderWithoutAPayRateEarnsNothingFromThePrice() {
        fixture.given(historyUpTo(BookingStatus.IN_PROGRESS))
                .when(new CompleteBookingCommand(BOOKING, BUSINESS, PROVIDER, null))
                .expectEvents(new BookingCompleted(BOOKING, BUSINESS, PROVIDER, NOW), earnings(null, 0, 0));
    }

    @Test
    void completingTwiceNeverRecordsEarningsTwice() {
        fixture.given(historyUpTo(BookingStatus.COMPLETED))
                .when(new CompleteBookingCommand(BOOKING, BUSINESS, PROVIDER, null))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    private static CreateBookingCommand create(ProviderId provider, boolean autoAssign) {
        return createAt(provider, START, autoAssign);
    }

    private static CreateBookingCommand createAt(ProviderId provider, Instant start) {
        return createAt(provider, start, true);
    }

    private static CreateBookingCommand createAt(ProviderId provider, Instant start, boolean autoAssign) {
        return new CreateBookingCommand(
                BOOKING, BUSINESS, CUSTOMER, " cleaning ", start, DURATION, PRICE, "EUR", provider, autoAssign, "");
    }

    private static CreateBookingCommand createWithWindow(Instant start, ArrivalWindow window) {
        return new CreateBookingCommand(
                BOOKING, BUSINESS, CUSTOMER, "cleaning", start, DURATION, PRICE, "EUR", null, false, null, window);
    }

    private static BookingCreated created(boolean autoAssign) {
        return createdWithPrice(PRICE, autoAssign);
    }

    private static BookingCreated createdWithPrice(long price, boolean autoAssign) {
        return new BookingCreated(
                BOOKING, BUSINESS, SUMMARY, "cleaning", START, DURATION, price, "EUR", null, autoAssign);
    }

    private static BookingAssigned assigned(ProviderId provider, ProviderId previous) {
        return new BookingAssigned(BOOKING, BUSINESS, provider, previous);
    }

    private static TimeRange slotAt(Instant start) {
        return BookingTerms.slotOf(start, DURATION);
    }

    private static EarningsRecorded earnings(PayRateType type, long amount, long providerEarnings) {
        return new EarningsRecorded(
                BOOKING,
                BUSINESS,
                PROVIDER,
                type,
                amount,
                PRICE,
                providerEarnings,
                PRICE - providerEarnings,
                "EUR",
                NOW);
    }

    private static List<Object> startedWorkAt(long price, Instant startedAt) {
        return List.of(
                createdWithPrice(price, false),
                assigned(PROVIDER, null),
                new BookingConfirmed(BOOKING, BUSINESS, PROVIDER),
                new BookingStarted(BOOKING, BUSINESS, PROVIDER, startedAt));
    }

    /** The events that bring an assigned booking to the given status. */
    private static List<Object> historyUpTo(BookingStatus status) {
        var events = new ArrayList<Object>(List.of(created(false), assigned(PROVIDER, null)));
        if (status == BookingStatus.CANCELLED) {
            events.add(new BookingCancelled(BOOKING, BUSINESS, null, START.minusSeconds(3600)));
            return events;
        }
        if (status.ordinal() >= BookingStatus.CONFIRMED.ordinal()) {
            events.add(new BookingConfirmed(BOOKING, BUSINESS, PROVIDER));
        }
        if (status.ordinal() >= BookingStatus.IN_PROGRESS.ordinal()) {
            events.add(new BookingStarted(BOOKING, BUSINESS, PROVIDER, START));
        }
        if (status == BookingStatus.COMPLETED) {
            events.add(new BookingCompleted(BOOKING, BUSINESS, PROVIDER, NOW));
            events.add(earnings(null, 0, 0));
        }
        return events;
    }

    private static Object moveTo(BookingStatus to) {
        return switch (to) {
            case CONFIRMED -> new ConfirmBookingCommand(BOOKING, BUSINESS, PROVIDER, null);
            case IN_PROGRESS -> new StartBookingCommand(BOOKING, BUSINESS, PROVIDER, null);
            case COMPLETED -> new CompleteBookingCommand(BOOKING, BUSINESS, PROVIDER, null);
            case CANCELLED -> new CancelBookingCommand(BOOKING, BUSINESS, null, null);
            case PENDING -> throw new IllegalArgumentException("nothing moves a booking to PENDING by status");
        };
    }

    private static List<Object> eventsOfMoveTo(BookingStatus to) {
        return switch (to) {
            case CONFIRMED -> List.of(new BookingConfirmed(BOOKING, BUSINESS, PROVIDER));
            case IN_PROGRESS -> List.of(new BookingStarted(BOOKING, BUSINESS, PROVIDER, NOW));
            case COMPLETED -> List.of(new BookingCompleted(BOOKING, BUSINESS, PROVIDER, NOW), earnings(null, 0, 0));
            case CANCELLED -> List.of(new BookingCancelled(BOOKING, BUSINESS, null, NOW));
            case PENDING -> List.of();
        };
    }

    private static Matcher<BookingView> view(Predicate<BookingView> check) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(BookingView booking) {
                return check.test(booking);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a booking view as expected");
            }
        };
    }

    private static Matcher<InvalidInputException> invalid(String field) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(InvalidInputException e) {
                return field.equals(e.field());
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("an InvalidInputException naming the field " + field);
            }
        };
    }
}
