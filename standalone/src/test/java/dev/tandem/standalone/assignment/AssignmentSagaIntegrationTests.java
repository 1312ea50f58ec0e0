package dev.tandem.standalone.assignment;

import static dev.tandem.standalone.booking.Bookings.TEN_AM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tandem.standalone.booking.Bookings;
import dev.tandem.standalone.support.Api;
import dev.tandem.standalone.support.HttpTests;
import dev.tandem.standalone.support.LiveClient;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.messaging.simp.user.SimpUserRegistry;
import tools.jackson.databind.JsonNode;

/** The assignment saga end to end: over HTTP, on the real buses and database, seen live by the providers. */
class AssignmentSagaIntegrationTests extends HttpTests {

    @Autowired
    SimpUserRegistry liveUsers;

    @Autowired
    JdbcTemplate jdbc;

    Bookings bookings;
    Api.Session admin;

    @BeforeEach
    void aBusiness() {
        bookings = new Bookings(api);
        admin = api.signUp();
    }

    @Test
    void aBookingWithoutAProviderIsOfferedToAProviderWhoSeesTheOfferLive() throws Exception {
        var provider = bookings.provider(admin);
        try (var live = LiveClient.connect(port, provider.session().token()).subscribeToEvents()) {
            LiveClient.awaitSubscribed(liveUsers, provider.session().userId());

            String bookingId = bookings.booked(admin, TEN_AM, null).get("id").asString();

            JsonNode offered = awaitOffered(bookingId);
            assertThat(offered.get("providerId").asString()).isEqualTo(provider.id());
            assertThat(offered.get("status").asString()).isEqualTo("PENDING");
            await().atMost(LiveClient.patience())
                    .untilAsserted(() -> assertThat(live.types()).contains("assignment.proposed"));
            assertThat(live.first("assignment.proposed").get("data").get("id").asString())
                    .isEqualTo(bookingId);
        }
    }

    @Test
    void anOfferStaysOpenAsLongAsTheBusinessChose() {
        bookings.provider(admin);
        assertThat(api.put("/api/admin/assignment-policy")
                        .as(admin)
                        .json(java.util.Map.of(
                                "distance", 1, "workload", 1, "rating", 1, "completion", 1, "offerTimeoutMinutes", 5))
                        .send()
                        .status())
                .isEqualTo(200);
        Instant before = Instant.now();

        String bookingId = bookings.booked(admin, TEN_AM, null).get("id").asString();

        Instant expires =
                Instant.parse(awaitOffered(bookingId).get("offerExpiresAt").asString());
        assertThat(expires)
                .isBetween(before.plus(Duration.ofMinutes(5)), Instant.now().plus(Duration.ofMinutes(5)));
    }

    @Test
    void aDeclinedOfferGoesToTheNextProviderAndItsConfirmationEndsTheSearch() {
        var first = bookings.provider(admin);
        var second = bookings.provider(admin);
        String bookingId = bookings.booked(admin, TEN_AM, null).get("id").asString();
        var offeredFirst = awaitOffered(bookingId).get("providerId").asString();
        var decliner = offeredFirst.equals(first.id()) ? first : second;
        var taker = decliner == first ? second : first;

        assertThat(bookings.move(decliner, bookingId, "DECLINED").status()).isEqualTo(200);
        await().atMost(LiveClient.patience())
                .untilAsserted(
                        () -> assertThat(booking(bookingId).get("providerId").asString())
                                .isEqualTo(taker.id()));
        assertThat(bookings.move(taker, bookingId, "CONFIRMED").status()).isEqualTo(200);

        assertThat(booking(bookingId).get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(booking(bookingId).get("offerExpiresAt").isNull()).isTrue();
        assertThat(historyTypes(bookingId))
                .containsSubsequence(
                        "BookingCreated",
                        "AssignmentProposed",
                        "BookingDeclined",
                        "AssignmentProposed",
                        "BookingConfirmed");
    }

    @Test
    void whenNobodyCanTakeTheBookingTheAdminsAreTold() {
        bookings.provider(admin);
        var body = Bookings.newBooking(TEN_AM, null);
        body.put("service", "window washing");
        String bookingId = bookings.create(admin, body).body().get("id").asString();

        await().atMost(LiveClient.patience())
                .untilAsserted(() -> assertThat(notificationTypes()).contains("assignment.failed"));
        assertThat(booking(bookingId).get("providerId").isNull()).isTrue();
        assertThat(historyTypes(bookingId)).containsExactly("BookingCreated", "AssignmentFailed");
    }

    @Test
    void aBookingCreatedWithAutoAssignOffIsLeftForTheAdmin() {
        bookings.provider(admin);
        var body = Bookings.newBooking(TEN_AM, null);
        body.put("autoAssign", false);
        String bookingId = bookings.create(admin, body).body().get("id").asString();
        var later = bookings.booked(admin, TEN_AM.plusSeconds(86_400), null)
                .get("id")
                .asString();

        awaitOffered(later);
        assertThat(historyTypes(bookingId)).containsExactly("BookingCreated");
    }

    /**
     * The providers are booked at that time in a way the ranking has not seen (as when an admin books one by
     * hand while the ranking lags): each offer is refused, recorded, and the next one tried; then the admins are
     * told, and the saga goes on offering other businesses' bookings.
     */
    @Test
    void offersTheBookingRefusesGoToTheNextProviderAndTheSagaCarriesOn() {
        var first = bookings.provider(admin);
        var second = bookings.provider(admin);
        holdSlotUnseenByTheRanking(first, TEN_AM);
        holdSlotUnseenByTheRanking(second, TEN_AM);

        String refused = bookings.booked(admin, TEN_AM, null).get("id").asString();

        await().atMost(LiveClient.patience())
                .untilAsserted(() -> assertThat(notificationTypes()).contains("assignment.failed"));
        assertThat(historyTypes(refused))
                .containsExactly(
                        "BookingCreated", "AssignmentOfferRefused", "AssignmentOfferRefused", "AssignmentFailed");
        var otherAdmin = api.signUp();
        var otherProvider = bookings.provider(otherAdmin);
        String other = bookings.booked(otherAdmin, TEN_AM, null).get("id").asString();
        await().atMost(LiveClient.patience())
                .untilAsserted(() -> assertThat(api.get("/api/bookings/" + other)
                                .as(otherAdmin)
                                .send()
                                .body()
                                .get("providerId")
                                .asString())
                        .isEqualTo(otherProvider.id()));
    }

    private void holdSlotUnseenByTheRanking(Bookings.Provider provider, Instant start) {
        jdbc.update(
                "insert into booked_slot (booking_id, business_id, provider_id, during)"
                        + " values (?, ?, ?, tstzrange(?::timestamptz, ?::timestamptz, '[)'))",
                UUID.randomUUID(),
                UUID.fromString(admin.businessId()),
                UUID.fromString(provider.id()),
                start.atOffset(ZoneOffset.UTC),
                start.plusSeconds(3_600).atOffset(ZoneOffset.UTC));
    }

    private JsonNode awaitOffered(String bookingId) {
        await().atMost(LiveClient.patience())
                .until(() -> !booking(bookingId).get("offerExpiresAt").isNull());
        return booking(bookingId);
    }

    private JsonNode booking(String bookingId) {
        return api.get("/api/bookings/" + bookingId).as(admin).send().body();
    }

    private List<String> historyTypes(String bookingId) {
        var history = api.get("/api/bookings/" + bookingId + "/history")
                .as(admin)
                .send()
                .body();
        return history.valueStream().map(entry -> entry.get("type").asString()).toList();
    }

    private List<String> notificationTypes() {
        var page = api.get("/api/admin/notifications").as(admin).send().body();
        return page.get("items")
                .valueStream()
                .map(item -> item.get("type").asString())
                .toList();
    }
}
