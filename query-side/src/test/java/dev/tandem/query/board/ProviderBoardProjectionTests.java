package dev.tandem.query.board;

import static dev.tandem.query.support.Registrations.providerRegistered;
import static dev.tandem.query.support.Stored.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.tandem.api.booking.BookingAssigned;
import dev.tandem.api.booking.BookingCancelled;
import dev.tandem.api.booking.BookingCompleted;
import dev.tandem.api.booking.BookingCreated;
import dev.tandem.api.booking.BookingRescheduled;
import dev.tandem.api.booking.BookingStarted;
import dev.tandem.api.booking.BookingUnassigned;
import dev.tandem.api.booking.CustomerSummary;
import dev.tandem.api.provider.FindProviderRealtimeStatusQuery;
import dev.tandem.api.provider.ProviderDeactivated;
import dev.tandem.api.provider.ProviderProfileUpdated;
import dev.tandem.api.provider.ProviderReactivated;
import dev.tandem.api.provider.ProviderRealtimeStatusView;
import dev.tandem.api.provider.ProviderStatusChanged;
import dev.tandem.kernel.BookingId;
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.ProviderId;
import dev.tandem.kernel.ProviderStatus;
import dev.tandem.query.support.ProjectionTest;
import dev.tandem.query.support.Projector;
import dev.tandem.query.support.TableOwner;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The live provider board: each active provider's status and current job, and its next job from now on, which
 * the board works out when asked (the real clock's now: the bookings here are hours before or after it).
 */
@ProjectionTest
class ProviderBoardProjectionTests {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private static final Instant REGISTERED = NOW.minus(Duration.ofDays(30));

    @Autowired
    Projector projector;

    @Autowired
    ProviderBoardProjection projection;

    @Autowired
    QueryGateway queries;

    @Autowired
    TableOwner owner;

    private final BusinessId business = BusinessId.newId();
    private final ProviderId camille = ProviderId.newId();

    @Test
    void aRegisteredProviderIsOnTheBoardAvailableWithNothingAhead() {
        projector.handle(
                projection,
                event(providerRegistered(business, camille, "Camille")).at(REGISTERED));

        assertThat(board(business))
                .containsExactly(new ProviderRealtimeStatusView(
                        camille.toString(), "Camille", "AVAILABLE", null, null, REGISTERED));
    }

    @Test
    void theNextJobIsTheProvidersEarliestOpenBookingFromNowOn() {
        var past = BookingId.newId();
        var started = BookingId.newId();
        var unassigned = BookingId.newId();
        var inTwoHours = BookingId.newId();
        var inThreeHours = BookingId.newId();
        projector.handle(
                projection,
                providerRegistered(business, camille, "Camille"),
                booking(past, NOW.minus(Duration.ofHours(1))),
                booking(started, NOW.plus(Duration.ofMinutes(30))),
                booking(unassigned, NOW.plus(Duration.ofMinutes(45))),
                booking(inTwoHours, NOW.plus(Duration.ofHours(2))),
                booking(inThreeHours, NOW.plus(Duration.ofHours(3))),
                assigned(past, camille),
                assigned(started, camille),
                assigned(inTwoHours, camille),
                assigned(inThreeHours, camille),
                new BookingStarted(started, business, camille, NOW));

        assertThat(board(business))
                .singleElement()
                .extracting(ProviderRealtimeStatusView::nextBookingAt)
                .isEqualTo(NOW.plus(Duration.ofHours(2)));
    }

    @Test
    void aJobCompletedCancelledUnassignedOrRescheduledGivesWayToTheNextOne() {
        var first = BookingId.newId();
        var second = BookingId.newId();
        var third = BookingId.newId();
        var fourth = BookingId.newId();
        projector.handle(
                projection,
                providerRegistered(business, camille, "Camille"),
                booking(first, NOW.plus(Duration.ofHours(1))),
                booking(second, NOW.plus(Duration.ofHours(2))),
                booking(third, NOW.plus(Duration.ofHours(3))),
                booking(fourth, NOW.plus(Duration.ofHours(4))),
                assigned(first, camille),
                assigned(second, camille),
                assigned(third, camille),
                assigned(fourth, camille));

        projector.handle(projection, new BookingCompleted(first, business, camille, NOW));
        assertThat(nextJob()).isEqualTo(NOW.plus(Duration.ofHours(2)));

        projector.handle(projection, new BookingCancelled(second, business, "customer away", NOW));
        assertThat(nextJob()).isEqualTo(NOW.plus(Duration.ofHours(3)));

        projector.handle(projection, new BookingUnassigned(third, business, camille));
        assertThat(nextJob()).isEqualTo(NOW.plus(Duration.ofHours(4)));

        projector.handle(projection, new BookingRescheduled(fourth, business, NOW.plus(Duration.ofHours(5)), 60));
        assertThat(nextJob()).isEqualTo(NOW.plus(Duration.ofHours(5)));
    }

    @Test
    void aStatusChangeShowsTheStatusTheCurrentJobAndWhenItHappened() {
        var job = BookingId.newId();
        var busySince = NOW.minus(Duration.ofMinutes(5));
        projector.handle(
                projection,
                event(providerRegistered(business, camille, "Camille")).at(REGISTERED));

        projector.handle(
                projection,
                event(new ProviderStatusChanged(camille, business, ProviderStatus.BUSY, ProviderStatus.AVAILABLE, job))
                        .at(busySince));

        assertThat(board(business))
                .containsExactly(new ProviderRealtimeStatusView(
                        camille.toString(), "Camille", "BUSY", job.toString(), null, busySince));

        projector.handle(
                projection,
                event(new ProviderStatusChanged(camille, business, ProviderStatus.AVAILABLE, ProviderStatus.BUSY, null))
                        .at(NOW));
        assertThat(board(business))
                .singleElement()
                .extracting(ProviderRealtimeStatusView::status, ProviderRealtimeStatusView::currentBookingId)
                .containsExactly("AVAILABLE", null);
    }

    @Test
    void providersAreListedByNameUnderTheirLatestNameAndADeactivatedOneLeavesTheBoard() {
        var lucas = ProviderId.newId();
        var ines = ProviderId.newId();
        projector.handle(
                projection,
                providerRegistered(business, camille, "Camille"),
                providerRegistered(business, lucas, "Lucas"),
                providerRegistered(business, ines, "Ines"));

        projector.handle(
                projection,
                new ProviderProfileUpdated(lucas, business, "Adèle", null, List.of("cleaning"), null, null, null),
                new ProviderDeactivated(ines, business));

        assertThat(board(business)).extracting(ProviderRealtimeStatusView::name).containsExactly("Adèle", "Camille");
    }

    @Test
    void aReactivatedProviderIsBackOnTheBoard() {
        projector.handle(projection, providerRegistered(business, camille, "Camille"));

        projector.handle(
                projection,
                new ProviderDeactivated(camille, business),
                new ProviderReactivated(camille, business, null),
                new ProviderStatusChanged(camille, business, ProviderStatus.OFFLINE, ProviderStatus.AVAILABLE, null));

        assertThat(board(business))
                .extracting(ProviderRealtimeStatusView::name, ProviderRealtimeStatusView::status)
                .containsExactly(tuple("Camille", "OFFLINE"));
    }

    @Test
    void anotherBusinessSeesNoneOfTheBoardAndItsEventsLeaveItAsItWas() {
        var other = BusinessId.newId();
        projector.handle(
                projection,
                event(providerRegistered(business, camille, "Camille")).at(REGISTERED));

        projector.handle(
                projection,
                new ProviderStatusChanged(camille, other, ProviderStatus.OFFLINE, ProviderStatus.AVAILABLE, null),
                new ProviderDeactivated(camille, other));

        assertThat(board(other)).isEmpty();
        assertThat(board(business))
                .containsExactly(new ProviderRealtimeStatusView(
                        camille.toString(), "Camille", "AVAILABLE", null, null, REGISTERED));
    }

    @Test
    void resettingForARebuildEmptiesTheBoardAndItsBookings() {
        var job = BookingId.newId();
        projector.handle(
                projection,
                providerRegistered(business, camille, "Camille"),
                booking(job, NOW.plus(Duration.ofHours(1))));

        projector.reset(projection);

        assertThat(owner.value("select count(*) from provider_board", Long.class))
                .isZero();
        assertThat(owner.value("select count(*) from provider_board_booking", Long.class))
                .isZero();
    }

    private BookingCreated booking(BookingId booking, Instant start) {
        return new BookingCreated(
                booking,
                business,
                new CustomerSummary(null, "A customer", null, null, "Paris", null, null),
                "cleaning",
                start,
                60,
                5_000,
                "EUR",
                null,
                false);
    }

    private BookingAssigned assigned(BookingId booking, ProviderId provider) {
        return new BookingAssigned(booking, business, provider, null);
    }

    private Instant nextJob() {
        return board(business).getFirst().nextBookingAt();
    }

    private List<ProviderRealtimeStatusView> board(BusinessId businessId) {
        return queries.query(
                        new FindProviderRealtimeStatusQuery(businessId),
                        ResponseTypes.multipleInstancesOf(ProviderRealtimeStatusView.class))
                .join();
    }
}
