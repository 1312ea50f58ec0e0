package dev.tandem.query.booking;

import static dev.tandem.query.support.Stored.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.api.assignment.AssignmentFailed;
import dev.tandem.api.assignment.AssignmentOfferExpired;
import dev.tandem.api.assignment.AssignmentProposed;
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
import dev.tandem.api.booking.CustomerSummary;
import dev.tandem.api.booking.FindBookingQuery;
import dev.tandem.api.booking.FindBookingsQuery;
import dev.tandem.api.booking.RatingView;
import dev.tandem.api.booking.TipAdded;
import dev.tandem.api.earnings.EarningsRecorded;
import dev.tandem.api.errors.NotFoundException;
import dev.tandem.kernel.BookingId;
import dev.tandem.kernel.BookingStatus;
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.PayRateType;
import dev.tandem.kernel.ProviderId;
import dev.tandem.query.support.ProjectionTest;
import dev.tandem.query.support.Projector;
import dev.tandem.query.support.TableOwner;
import java.time.Instant;
import java.util.List;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** booking_view from every event of the Booking aggregate, read back as the API shows a booking. */
@ProjectionTest
class BookingProjectionTests {

    private static final Instant BOOKED = Instant.parse("2027-03-01T08:00:00Z");
    private static final Instant TEN_AM = Instant.parse("2027-03-02T09:00:00Z");
    private static final CustomerSummary AMELIE = new CustomerSummary(
            "c-1", "Amélie Poulain", "amelie@example.com", "+33 1 23 45 67 89", "15 rue des Abbesses", 48.8846, 2.3376);

    @Autowired
    Projector projector;

    @Autowired
    BookingProjection projection;

    @Autowired
    QueryGateway queries;

    @Autowired
    TableOwner owner;

    private final BusinessId business = BusinessId.newId();
    private final BookingId booking = BookingId.newId();
    private final ProviderId camille = ProviderId.newId();

    @Test
    void aCreatedBookingIsPendingWithItsScheduleCustomerAndPriceAtVersionZero() {
        projector.handle(projection, event(created(booking, TEN_AM)).at(BOOKED));

        assertThat(find(business, booking, null))
                .isEqualTo(new BookingView(
                        booking.toString(),
                        "PENDING",
                        "cleaning",
                        TEN_AM,
                        Instant.parse("2027-03-02T10:30:00Z"),
                        90,
                        7_500,
                        "EUR",
                        AMELIE,
                        null,
                        null,
                        null,
                        null,
                        null,
                        "Code 1234 at the door",
                        null,
                        0,
                        BOOKED,
                        BOOKED,
                        null));
    }

    @Test
    void aBookingFollowsItsStatusesFromOfferToRatingAndEveryEventMovesItsVersion() {
        var offerExpires = BOOKED.plusSeconds(900);
        var started = TEN_AM.plusSeconds(120);
        var completed = TEN_AM.plusSeconds(5_400);
        projector.handle(projection, event(created(booking, TEN_AM)).at(BOOKED));

        projector.handle(
                projection,
                event(new BookingAssigned(booking, business, camille, null)).version(1),
                event(new AssignmentProposed(booking, business, camille, offerExpires, 0.8, List.of()))
                        .version(2));
        assertThat(find(business, booking, null))
                .extracting(BookingView::status, BookingView::providerId, BookingView::offerExpiresAt)
                .containsExactly("PENDING", camille.toString(), offerExpires);

        projector.handle(
                projection,
                event(new BookingConfirmed(booking, business, camille)).version(3),
                event(new BookingStarted(booking, business, camille, started)).version(4),
                event(new BookingCompleted(booking, business, camille, completed))
                        .version(5),
                event(earnings()).version(6),
                event(new TipAdded(booking, business, camille, 500)).version(7),
                event(new BookingRated(booking, business, camille, 5, "Spotless"))
                        .version(8)
                        .at(completed.plusSeconds(3_600)));

        var view = find(business, booking, null);
        assertThat(view.status()).isEqualTo("COMPLETED");
        assertThat(view.offerExpiresAt()).isNull();
        assertThat(view.startedAt()).isEqualTo(started);
        assertThat(view.completedAt()).isEqualTo(completed);
        assertThat(view.rating()).isEqualTo(new RatingView(5, "Spotless"));
        assertThat(view.version()).isEqualTo(8);
        assertThat(view.createdAt()).isEqualTo(BOOKED);
        assertThat(view.updatedAt()).isEqualTo(completed.plusSeconds(3_600));
    }

    @Test
    void aDeclinedExpiredOrUnassignedOfferLeavesTheBookingPendingWithoutProviderOrOffer() {
        projector.handle(
                projection,
                event(created(booking, TEN_AM)),
                event(new BookingAssigned(booking, business, camille, null)).version(1),
                event(new AssignmentProposed(booking, business, camille, TEN_AM, 0.8, List.of()))
                        .version(2),
                event(new BookingDeclined(booking, business, camille, "too far"))
                        .version(3),
                event(new AssignmentOfferExpired(booking, business, camille)).version(4),
                event(new BookingUnassigned(booking, business, camille)).version(5),
                event(new AssignmentFailed(booking, business, List.of())).version(6));

        assertThat(find(business, booking, null))
                .extracting(
                        BookingView::status, BookingView::providerId, BookingView::offerExpiresAt, BookingView::version)
                .containsExactly("PENDING", null, null, 6L);
    }

    @Test
    void reschedulingRepricingAndNewNotesChangeWhatTheBookingShows() {
        var elevenAm = TEN_AM.plusSeconds(3_600);
        projector.handle(projection, created(booking, TEN_AM));

        projector.handle(
                projection,
                event(new BookingRescheduled(booking, business, elevenAm, 45)).version(1),
                event(new BookingRepriced(booking, business, 6_000)).version(2),
                event(new BookingNotesChanged(booking, business, "Ring twice")).version(3));

        var view = find(business, booking, null);
        assertThat(view.scheduledStart()).isEqualTo(elevenAm);
        assertThat(view.scheduledEnd()).isEqualTo(Instant.parse("2027-03-02T10:45:00Z"));
        assertThat(view.durationMinutes()).isEqualTo(45);
        assertThat(view.priceCents()).isEqualTo(6_000);
        assertThat(view.notes()).isEqualTo("Ring twice");
        assertThat(view.version()).isEqualTo(3);
    }

    @Test
    void aCancelledBookingShowsWhenItWasCancelled() {
        var cancelledAt = BOOKED.plusSeconds(7_200);
        projector.handle(projection, created(booking, TEN_AM));

        projector.handle(
                projection,
                event(new BookingCancelled(booking, business, "customer away", cancelledAt))
                        .version(1));

        assertThat(find(business, booking, null))
                .extracting(BookingView::status, BookingView::cancelledAt)
                .containsExactly("CANCELLED", cancelledAt);
    }

    @Test
    void theListFiltersByProviderStatusAndStartInStartOrderAndAProviderFindsOnlyItsOwnBookings() {
        var lucas = ProviderId.newId();
        var nine = BookingId.newId();
        var eleven = BookingId.newId();
        var lucasJob = BookingId.newId();
        var nextDay = BookingId.newId();
        projector.handle(
                projection,
                created(eleven, TEN_AM.plusSeconds(3_600)),
                created(nine, TEN_AM.minusSeconds(3_600)),
                created(lucasJob, TEN_AM),
                created(nextDay, TEN_AM.plusSeconds(86_400)),
                event(new BookingAssigned(eleven, business, camille, null)).version(1),
                event(new BookingAssigned(nine, business, camille, null)).version(1),
                event(new BookingAssigned(lucasJob, business, lucas, null)).version(1),
                event(new BookingAssigned(nextDay, business, camille, null)).version(1),
                event(new BookingConfirmed(nine, business, camille)).version(2));

        var day = new FindBookingsQuery(
                business, null, camille, TEN_AM.minusSeconds(36_000), TEN_AM.plusSeconds(36_000), 50, null);
        assertThat(list(day)).extracting(BookingView::id).containsExactly(nine.toString(), eleven.toString());
        assertThat(list(new FindBookingsQuery(business, BookingStatus.CONFIRMED, null, null, null, 50, null)))
                .extracting(BookingView::id)
                .containsExactly(nine.toString());
        assertThat(find(business, lucasJob, lucas).id()).isEqualTo(lucasJob.toString());
        assertThatThrownBy(() -> find(business, lucasJob, camille)).hasRootCauseInstanceOf(NotFoundException.class);
    }

    @Test
    void anotherBusinessNeitherFindsTheBookingNorChangesIt() {
        var other = BusinessId.newId();
        projector.handle(projection, created(booking, TEN_AM));

        projector.handle(
                projection,
                event(new BookingCancelled(booking, other, "not yours", BOOKED)).version(1),
                event(new BookingRepriced(booking, other, 1)).version(2));

        assertThatThrownBy(() -> find(other, booking, null)).hasRootCauseInstanceOf(NotFoundException.class);
        assertThat(list(new FindBookingsQuery(other, null, null, null, null, 50, null)))
                .isEmpty();
        assertThat(find(business, booking, null))
                .extracting(BookingView::status, BookingView::priceCents, BookingView::version)
                .containsExactly("PENDING", 7_500L, 0L);
    }

    @Test
    void resettingForARebuildEmptiesTheView() {
        projector.handle(projection, created(booking, TEN_AM));

        projector.reset(projection);

        assertThat(owner.value("select count(*) from booking_view", Long.class)).isZero();
    }

    private BookingCreated created(BookingId id, Instant start) {
        return new BookingCreated(
                id, business, AMELIE, "cleaning", start, 90, 7_500, "EUR", "Code 1234 at the door", false);
    }

    private EarningsRecorded earnings() {
        return new EarningsRecorded(
                booking, business, camille, PayRateType.PERCENTAGE, 4_000, 7_500, 3_000, 4_500, "EUR", TEN_AM);
    }

    private BookingView find(BusinessId businessId, BookingId id, ProviderId onlyFor) {
        return queries.query(new FindBookingQuery(businessId, id, onlyFor), BookingView.class)
                .join();
    }

    private List<BookingView> list(FindBookingsQuery query) {
        return queries.query(query, BookingPage.class).join().items();
    }
}
