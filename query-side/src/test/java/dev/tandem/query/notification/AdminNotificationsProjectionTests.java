package dev.tandem.query.notification;

import static dev.tandem.query.support.Registrations.providerRegistered;
import static dev.tandem.query.support.Stored.event;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.api.Page;
import dev.tandem.api.assignment.AssignmentFailed;
import dev.tandem.api.booking.BookingAssigned;
import dev.tandem.api.booking.BookingCancelled;
import dev.tandem.api.booking.BookingCompleted;
import dev.tandem.api.booking.BookingCreated;
import dev.tandem.api.booking.BookingDeclined;
import dev.tandem.api.booking.BookingRescheduled;
import dev.tandem.api.booking.CustomerSummary;
import dev.tandem.api.business.BusinessRegistered;
import dev.tandem.api.notification.FindNotificationsCausedByQuery;
import dev.tandem.api.notification.FindNotificationsQuery;
import dev.tandem.api.notification.NotificationRead;
import dev.tandem.api.notification.NotificationView;
import dev.tandem.api.provider.ProviderStatusChanged;
import dev.tandem.kernel.BookingId;
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.ProviderId;
import dev.tandem.kernel.ProviderStatus;
import dev.tandem.kernel.UserId;
import dev.tandem.query.paging.PageResponseType;
import dev.tandem.query.support.ProjectionTest;
import dev.tandem.query.support.Projector;
import dev.tandem.query.support.Stored;
import dev.tandem.query.support.TableOwner;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The admins' notifications: what each says, when it is made at all, and that it keeps its id and read mark.
 * The business is in Paris, an hour ahead of UTC in March 2027.
 */
@ProjectionTest
class AdminNotificationsProjectionTests {

    /** 16:00 in Paris. */
    private static final Instant AFTERNOON = Instant.parse("2027-03-01T15:00:00Z");

    @Autowired
    Projector projector;

    @Autowired
    AdminNotificationsProjection projection;

    @Autowired
    QueryGateway queries;

    @Autowired
    TableOwner owner;

    private final BusinessId business = BusinessId.newId();
    private final ProviderId camille = ProviderId.newId();

    @Test
    void aDeclinedBookingTellsTheAdminsWhoDeclinedWhichJobAndThatItNeedsAProvider() {
        var booking = BookingId.newId();
        var declined = event(new BookingDeclined(booking, business, camille, "too far"))
                .at(AFTERNOON);

        projector.handle(
                projection,
                providerRegistered(business, camille, "Camille"),
                created(booking, "window cleaning", AFTERNOON.plusSeconds(7_200)),
                assigned(booking, camille),
                declined);

        assertThat(notifications(business, false))
                .containsExactly(new NotificationView(
                        idOf(declined, "booking.declined").toString(),
                        "booking.declined",
                        "Booking declined",
                        "Camille declined Ana Silva's window cleaning on Mon 1 Mar, 17:00 (\u201ctoo far\u201d). It needs a"
                                + " provider.",
                        booking.toString(),
                        camille.toString(),
                        AFTERNOON,
                        null));
    }

    @Test
    void aDeclineOfABookingWhoseServiceIsNotKnownHereReadsAsABooking() {
        var booking = BookingId.newId();

        projector.handle(
                projection,
                providerRegistered(business, camille, "Camille"),
                event(new BookingDeclined(booking, business, camille, null)).at(AFTERNOON));

        assertThat(notifications(business, false))
                .singleElement()
                .extracting(NotificationView::body)
                .isEqualTo("Camille declined a booking. It needs a provider.");
    }

    @Test
    void aCompletedBookingTellsTheAdminsWhoCompletedWhichJob() {
        var booking = BookingId.newId();
        projector.handle(
                projection,
                providerRegistered(business, camille, "Camille"),
                created(booking, "ironing", AFTERNOON.minusSeconds(7_200)));
        projector.handle(projection, assigned(booking, camille));

        projector.handle(
                projection,
                event(new BookingCompleted(booking, business, camille, AFTERNOON))
                        .at(AFTERNOON));

        assertThat(notifications(business, false))
                .singleElement()
                .extracting(NotificationView::type, NotificationView::title, NotificationView::body)
                .containsExactly(
                        "booking.completed",
                        "Booking completed",
                        "Camille completed Ana Silva's ironing on Mon 1 Mar, 13:00.");
    }

    @Test
    void goingOfflineCountsTheOpenJobsStillAheadThatLocalDay() {
        var lucas = ProviderId.newId();
        var batch = new ArrayList<Object>(List.of(
                new BusinessRegistered(business, "Sparkle", "Europe/Paris", "EUR"),
                providerRegistered(business, camille, "Camille"),
                providerRegistered(business, lucas, "Lucas")));
        camillesJob(batch, "2027-03-01T17:00:00Z"); // 18:00 in Paris: ahead
        camillesJob(batch, "2027-03-01T22:30:00Z"); // 23:30 in Paris: ahead
        camillesJob(batch, "2027-03-01T23:30:00Z"); // 00:30 the next day in Paris (still that day in UTC)
        camillesJob(batch, "2027-03-01T14:00:00Z"); // before she went offline
        var cancelled = camillesJob(batch, "2027-03-01T18:00:00Z");
        var completed = camillesJob(batch, "2027-03-01T19:00:00Z");
        var movedToTomorrow = camillesJob(batch, "2027-03-01T20:00:00Z");
        var givenToLucas = camillesJob(batch, "2027-03-01T21:00:00Z");
        batch.add(new BookingCancelled(cancelled, business, "customer away", AFTERNOON));
        batch.add(new BookingCompleted(completed, business, camille, AFTERNOON));
        batch.add(new BookingRescheduled(movedToTomorrow, business, Instant.parse("2027-03-02T09:00:00Z"), 60));
        batch.add(assigned(givenToLucas, lucas));
        batch.add(event(offline(ProviderStatus.AVAILABLE)).at(AFTERNOON));

        projector.handle(projection, batch.toArray());

        assertThat(notifications(business, false))
                .filteredOn(notification -> notification.type().equals("provider.offline"))
                .singleElement()
                .satisfies(notification -> {
                    assertThat(notification.title()).isEqualTo("Provider offline with work ahead");
                    assertThat(notification.body())
                            .isEqualTo("Camille went offline with 2 bookings still ahead today.");
                    assertThat(notification.providerId()).isEqualTo(camille.toString());
                    assertThat(notification.bookingId()).isNull();
                });
    }

    @Test
    void goingOfflineWithNothingAheadOrFromOfflineOrTakingABreakTellsNobody() {
        var lucas = ProviderId.newId();
        var batch = new ArrayList<Object>(List.of(
                new BusinessRegistered(business, "Sparkle", "Europe/Paris", "EUR"),
                providerRegistered(business, camille, "Camille"),
                providerRegistered(business, lucas, "Lucas")));
        camillesJob(batch, "2027-03-01T17:00:00Z");
        projector.handle(projection, batch.toArray());

        projector.handle(
                projection,
                event(offline(ProviderStatus.OFFLINE)).at(AFTERNOON),
                event(new ProviderStatusChanged(
                                camille, business, ProviderStatus.ON_BREAK, ProviderStatus.AVAILABLE, null))
                        .at(AFTERNOON),
                event(new ProviderStatusChanged(
                                lucas, business, ProviderStatus.OFFLINE, ProviderStatus.AVAILABLE, null))
                        .at(AFTERNOON));

        assertThat(notifications(business, false)).isEmpty();
    }

    @Test
    void autoAssignmentGivingUpTellsTheAdminsTheJobNeedsAProvider() {
        var booking = BookingId.newId();
        projector.handle(projection, created(booking, "deep cleaning", AFTERNOON.plusSeconds(86_400)));

        projector.handle(projection, new AssignmentFailed(booking, business, List.of()));

        assertThat(notifications(business, false)).singleElement().satisfies(notification -> {
            assertThat(notification.type()).isEqualTo("assignment.failed");
            assertThat(notification.body())
                    .isEqualTo(
                            "Auto-assignment found nobody for Ana Silva's deep cleaning on Tue 2 Mar, 15:00. It needs"
                                    + " a provider.");
            assertThat(notification.providerId()).isNull();
        });
    }

    @Test
    void anEventHandledAgainKeepsItsOneNotificationAndTheFirstReadMarkStays() {
        var booking = BookingId.newId();
        var declined =
                event(new BookingDeclined(booking, business, camille, null)).at(AFTERNOON);
        projector.handle(
                projection,
                providerRegistered(business, camille, "Camille"),
                created(booking, "ironing", AFTERNOON),
                declined);
        UUID notification = idOf(declined, "booking.declined");
        var read = new NotificationRead(business, notification, UserId.newId());

        projector.handle(projection, declined, event(read).at(AFTERNOON.plusSeconds(60)));
        projector.handle(projection, event(read).at(AFTERNOON.plusSeconds(3_600)));

        assertThat(causedBy(declined))
                .singleElement()
                .extracting(NotificationView::id, NotificationView::readAt)
                .containsExactly(notification.toString(), AFTERNOON.plusSeconds(60));
        assertThat(notifications(business, true)).isEmpty();
    }

    @Test
    void anotherBusinessNeitherSeesTheNotificationsNorMarksThemRead() {
        var other = BusinessId.newId();
        var booking = BookingId.newId();
        var declined =
                event(new BookingDeclined(booking, business, camille, null)).at(AFTERNOON);
        projector.handle(
                projection,
                providerRegistered(business, camille, "Camille"),
                created(booking, "ironing", AFTERNOON),
                declined);

        projector.handle(projection, new NotificationRead(other, idOf(declined, "booking.declined"), UserId.newId()));

        assertThat(notifications(other, false)).isEmpty();
        assertThat(notifications(business, true)).hasSize(1);
    }

    @Test
    void resettingForARebuildEmptiesTheNotificationsAndWhatTheyAreWordedFrom() {
        var booking = BookingId.newId();
        projector.handle(
                projection,
                new BusinessRegistered(business, "Sparkle", "Europe/Paris", "EUR"),
                providerRegistered(business, camille, "Camille"),
                created(booking, "ironing", AFTERNOON),
                new BookingDeclined(booking, business, camille, null));

        projector.reset(projection);

        for (String table : List.of(
                "notification_view", "notification_provider", "notification_booking", "notification_business")) {
            assertThat(owner.value("select count(*) from " + table, Long.class))
                    .as(table)
                    .isZero();
        }
    }

    private BookingId camillesJob(List<Object> batch, String start) {
        var booking = BookingId.newId();
        batch.add(created(booking, "cleaning", Instant.parse(start)));
        batch.add(assigned(booking, camille));
        return booking;
    }

    private ProviderStatusChanged offline(ProviderStatus previous) {
        return new ProviderStatusChanged(camille, business, ProviderStatus.OFFLINE, previous, null);
    }

    private BookingCreated created(BookingId booking, String service, Instant start) {
        return new BookingCreated(
                booking,
                business,
                new CustomerSummary(null, "Ana Silva", null, null, "Paris", null, null),
                service,
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

    /** As the projection derives it, so that a rebuild gives every notification its old id. */
    private static UUID idOf(Stored cause, String type) {
        return UUID.nameUUIDFromBytes((cause.id() + type).getBytes(StandardCharsets.UTF_8));
    }

    private List<NotificationView> notifications(BusinessId businessId, boolean unreadOnly) {
        Page<NotificationView> page = queries.query(
                        new FindNotificationsQuery(businessId, unreadOnly, 50, null),
                        PageResponseType.pageOf(NotificationView.class))
                .join();
        return page.items();
    }

    private List<NotificationView> causedBy(Stored cause) {
        return queries.query(
                        new FindNotificationsCausedByQuery(business, cause.id()),
                        ResponseTypes.multipleInstancesOf(NotificationView.class))
                .join();
    }
}
