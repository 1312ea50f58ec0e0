package dev.tandem.command.assignment;

import dev.tandem.api.assignment.AssignmentFailed;
import dev.tandem.api.assignment.AssignmentOfferExpired;
import dev.tandem.api.assignment.AssignmentOfferRefused;
import dev.tandem.api.assignment.AssignmentPolicyView;
import dev.tandem.api.assignment.AssignmentProposed;
import dev.tandem.api.assignment.AssignmentWeights;
import dev.tandem.api.assignment.ExpireOfferCommand;
import dev.tandem.api.assignment.FailAssignmentCommand;
import dev.tandem.api.assignment.FindAssignmentPolicyQuery;
import dev.tandem.api.assignment.FindCurrentBookingQuery;
import dev.tandem.api.assignment.ProposeAssignmentCommand;
import dev.tandem.api.assignment.ProviderRanking;
import dev.tandem.api.assignment.RankProvidersForSlotQuery;
import dev.tandem.api.assignment.RecordRefusedOfferCommand;
import dev.tandem.api.booking.BookingAssigned;
import dev.tandem.api.booking.BookingCancelled;
import dev.tandem.api.booking.BookingConfirmed;
import dev.tandem.api.booking.BookingCreated;
import dev.tandem.api.booking.BookingDeclined;
import dev.tandem.api.booking.BookingUnassigned;
import dev.tandem.api.booking.BookingView;
import dev.tandem.api.booking.CustomerSummary;
import dev.tandem.api.errors.ConflictException;
import dev.tandem.kernel.BookingId;
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.ProviderId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.Message;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.test.matchers.Matchers;
import org.axonframework.test.saga.ContinuedGivenState;
import org.axonframework.test.saga.SagaTestFixture;
import org.hamcrest.CoreMatchers;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The assignment saga, step by step, against a ranking that always says: Ana, then Bo; Cy cannot. */
class AssignmentSagaTests {

    private static final Instant NOW = Instant.parse("2027-03-01T08:00:00Z");
    private static final Duration OFFER_TIMEOUT = Duration.ofMinutes(15);
    private static final BusinessId BUSINESS = BusinessId.newId();
    private static final BookingId BOOKING = BookingId.newId();
    private static final String ID = BOOKING.toString();
    private static final ProviderId ANA = ProviderId.newId();
    private static final ProviderId BO = ProviderId.newId();
    private static final ProviderId CY = ProviderId.newId();
    private static final ProviderRanking RANKING = new ProviderRanking(
            ID,
            List.of(
                    new ProviderRanking.Candidate(ANA.toString(), 0.9, List.of("1.2 km from home")),
                    new ProviderRanking.Candidate(BO.toString(), 0.7, List.of("4.0 km from home"))),
            List.of(new ProviderRanking.Exclusion(CY.toString(), "lacks the skill cleaning")));

    private SagaTestFixture<AssignmentSaga> fixture;

    /** The business's own offer timeout, in minutes; null leaves the server's fifteen. */
    private Integer businessOfferTimeout;

    @BeforeEach
    void aSagaWithARankingAndAFifteenMinuteOffer() {
        fixture = new SagaTestFixture<>(AssignmentSaga.class);
        fixture.registerCommandGateway(CommandGateway.class);
        fixture.registerResource(new AssignmentProperties(true, OFFER_TIMEOUT));
        fixture.registerResource(Clock.fixed(NOW, ZoneOffset.UTC));
        fixture.registerResource(queriesAnsweringTheRanking());
    }

    /** A real query bus, its handlers answering as the query and command sides would for this booking. */
    private DefaultQueryGateway queriesAnsweringTheRanking() {
        var bus = SimpleQueryBus.builder().build();
        bus.subscribe(FindCurrentBookingQuery.class.getName(), BookingView.class, query -> pendingBooking());
        bus.subscribe(RankProvidersForSlotQuery.class.getName(), ProviderRanking.class, query -> RANKING);
        bus.subscribe(
                FindAssignmentPolicyQuery.class.getName(),
                AssignmentPolicyView.class,
                query -> AssignmentPolicyView.of(AssignmentWeights.DEFAULTS, businessOfferTimeout, 1));
        return DefaultQueryGateway.builder().queryBus(bus).build();
    }

    @Test
    void aBookingCreatedWithoutAProviderIsOfferedToTheBestRankedOne() {
        fixture.givenCurrentTime(NOW)
                .whenAggregate(ID)
                .publishes(created(true))
                .expectActiveSagas(1)
                .expectDispatchedCommands(offerTo(ANA, 0.9, "1.2 km from home"));
    }

    @Test
    void aBookingTheAdminKeptOutOfAutoAssignmentIsLeftAlone() {
        fixture.givenCurrentTime(NOW)
                .whenAggregate(ID)
                .publishes(created(false))
                .expectActiveSagas(0)
                .expectNoDispatchedCommands();
    }

    @Test
    void aBusinessThatGivesItsProvidersFiveMinutesOffersForFiveMinutes() {
        businessOfferTimeout = 5;
        fixture.givenCurrentTime(NOW)
                .whenAggregate(ID)
                .publishes(created(true))
                .expectDispatchedCommands(new ProposeAssignmentCommand(
                        BOOKING, BUSINESS, ANA, NOW.plus(Duration.ofMinutes(5)), 0.9, List.of("1.2 km from home")));
    }

    @Test
    void theOfferExpiresAfterTheTimeout() {
        givenOfferedTo(ANA)
                .whenTimeElapses(OFFER_TIMEOUT.plusSeconds(1))
                .expectDeadlinesMet(ANA)
                .expectDispatchedCommands(new ExpireOfferCommand(BOOKING, BUSINESS, ANA));
    }

    @Test
    void anExpiredOfferGoesToTheNextProvider() {
        givenOfferedTo(ANA)
                .whenAggregate(ID)
                .publishes(new AssignmentOfferExpired(BOOKING, BUSINESS, ANA))
                .expectActiveSagas(1)
                .expectDispatchedCommands(offerTo(BO, 0.7, "4.0 km from home"));
    }

    @Test
    void aDeclinedOfferGoesToTheNextProviderAndItsDeadlineIsDropped() {
        givenOfferedTo(ANA)
                .whenAggregate(ID)
                .publishes(new BookingDeclined(BOOKING, BUSINESS, ANA, "too far"))
                .expectDispatchedCommands(offerTo(BO, 0.7, "4.0 km from home"))
                .expectNoScheduledDeadlineMatching(deadlineFor(ANA));
    }

    @Test
    void aConfirmationEndsTheSaga() {
        givenOfferedTo(ANA)
                .whenAggregate(ID)
                .publishes(new BookingConfirmed(BOOKING, BUSINESS, ANA))
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines()
                .expectNoDispatchedCommands();
    }

    @Test
    void whenNobodyIsLeftTheAssignmentFailsWithEveryReason() {
        givenOfferedTo(ANA)
                .andThenAggregate(ID)
                .published(
                        new BookingDeclined(BOOKING, BUSINESS, ANA, null),
                        new BookingUnassigned(BOOKING, BUSINESS, ANA),
                        new BookingAssigned(BOOKING, BUSINESS, BO, null),
                        new AssignmentProposed(BOOKING, BUSINESS, BO, NOW.plus(OFFER_TIMEOUT), 0.7, List.of()))
                .whenAggregate(ID)
                .publishes(new BookingDeclined(BOOKING, BUSINESS, BO, null))
                .expectDispatchedCommands(new FailAssignmentCommand(
                        BOOKING,
                        BUSINESS,
                        List.of(
                                new ProviderRanking.Exclusion(CY.toString(), "lacks the skill cleaning"),
                                new ProviderRanking.Exclusion(ANA.toString(), "already offered the job"),
                                new ProviderRanking.Exclusion(BO.toString(), "already offered the job"))));
    }

    @Test
    void aFailedAssignmentEndsTheSaga() {
        givenOfferedTo(ANA)
                .whenAggregate(ID)
                .publishes(new AssignmentFailed(BOOKING, BUSINESS, List.of()))
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines();
    }

    @Test
    void aBookingCancelledMidOfferEndsTheSaga() {
        givenOfferedTo(ANA)
                .whenAggregate(ID)
                .publishes(new BookingCancelled(BOOKING, BUSINESS, null, NOW))
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines()
                .expectNoDispatchedCommands();
    }

    @Test
    void anAdminAssigningByHandEndsTheSaga() {
        givenOfferedTo(ANA)
                .whenAggregate(ID)
                .publishes(new BookingAssigned(BOOKING, BUSINESS, CY, ANA))
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines();
    }

    @Test
    void aProviderDecliningABookingGivenByHandStartsTheSearch() {
        fixture.givenCurrentTime(NOW)
                .andThenAggregate(ID)
                .published(created(false), new BookingAssigned(BOOKING, BUSINESS, ANA, null))
                .whenAggregate(ID)
                .publishes(new BookingDeclined(BOOKING, BUSINESS, ANA, "ill"))
                .expectActiveSagas(1)
                .expectDispatchedCommands(offerTo(BO, 0.7, "4.0 km from home"));
    }

    @Test
    void anOfferTheBookingRefusesIsRecordedAsRefused() {
        fixture.setCallbackBehavior((command, metaData) -> {
            if (command instanceof ProposeAssignmentCommand offer
                    && offer.providerId().equals(ANA)) {
                throw new ConflictException("The provider already has a booking at that time.");
            }
            return null;
        });

        fixture.givenCurrentTime(NOW)
                .whenAggregate(ID)
                .publishes(created(true))
                .expectActiveSagas(1)
                .expectDispatchedCommands(
                        offerTo(ANA, 0.9, "1.2 km from home"),
                        new RecordRefusedOfferCommand(
                                BOOKING, BUSINESS, ANA, "The provider already has a booking at that time."));
    }

    @Test
    void aRefusedOfferGoesToTheNextProvider() {
        fixture.givenCurrentTime(NOW)
                .andThenAggregate(ID)
                .published(created(true))
                .whenAggregate(ID)
                .publishes(new AssignmentOfferRefused(BOOKING, BUSINESS, ANA, "booked meanwhile"))
                .expectActiveSagas(1)
                .expectDispatchedCommands(offerTo(BO, 0.7, "4.0 km from home"));
    }

    @Test
    void whenEveryOfferIsRefusedTheAssignmentFailsSayingWhy() {
        fixture.givenCurrentTime(NOW)
                .andThenAggregate(ID)
                .published(created(true), new AssignmentOfferRefused(BOOKING, BUSINESS, ANA, "booked meanwhile"))
                .whenAggregate(ID)
                .publishes(new AssignmentOfferRefused(BOOKING, BUSINESS, BO, "on leave meanwhile"))
                .expectDispatchedCommands(new FailAssignmentCommand(
                        BOOKING,
                        BUSINESS,
                        List.of(
                                new ProviderRanking.Exclusion(CY.toString(), "lacks the skill cleaning"),
                                new ProviderRanking.Exclusion(
                                        ANA.toString(), "could not be offered the job: booked meanwhile"),
                                new ProviderRanking.Exclusion(
                                        BO.toString(), "could not be offered the job: on leave meanwhile"))));
    }

    @Test
    void aRefusedExpiryIsLeftAtThat() {
        fixture.setCallbackBehavior((command, metaData) -> {
            throw new ConflictException("The booking was confirmed meanwhile.");
        });

        givenOfferedTo(ANA)
                .whenTimeElapses(OFFER_TIMEOUT.plusSeconds(1))
                .expectActiveSagas(1)
                .expectDispatchedCommands(new ExpireOfferCommand(BOOKING, BUSINESS, ANA));
    }

    /** The booking was created and offered to that provider, which has not answered yet. */
    private ContinuedGivenState givenOfferedTo(ProviderId provider) {
        return fixture.givenCurrentTime(NOW)
                .andThenAggregate(ID)
                .published(
                        created(true),
                        new BookingAssigned(BOOKING, BUSINESS, provider, null),
                        new AssignmentProposed(BOOKING, BUSINESS, provider, NOW.plus(OFFER_TIMEOUT), 0.9, List.of()));
    }

    private static ProposeAssignmentCommand offerTo(ProviderId provider, double score, String reason) {
        return new ProposeAssignmentCommand(
                BOOKING, BUSINESS, provider, NOW.plus(OFFER_TIMEOUT), score, List.of(reason));
    }

    private static Matcher<Message<?>> deadlineFor(ProviderId provider) {
        return Matchers.messageWithPayload(CoreMatchers.equalTo(provider));
    }

    private static BookingCreated created(boolean autoAssign) {
        return new BookingCreated(
                BOOKING,
                BUSINESS,
                customer(),
                "cleaning",
                NOW.plus(Duration.ofDays(1)),
                60,
                10_000,
                "EUR",
                null,
                autoAssign);
    }

    private static CustomerSummary customer() {
        return new CustomerSummary("c1", "Ada", null, null, "1 Rue de Rivoli", 48.86, 2.34);
    }

    private static BookingView pendingBooking() {
        return new BookingView(
                ID,
                "PENDING",
                "cleaning",
                NOW.plus(Duration.ofDays(1)),
                NOW.plus(Duration.ofDays(1)).plus(Duration.ofHours(1)),
                60,
                10_000,
                "EUR",
                customer(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                1,
                NOW,
                NOW,
                null);
    }
}
