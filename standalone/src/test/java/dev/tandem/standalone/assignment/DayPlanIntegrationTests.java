package dev.tandem.standalone.assignment;

import static dev.tandem.standalone.booking.Bookings.TEN_AM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tandem.standalone.booking.Bookings;
import dev.tandem.standalone.provider.Providers;
import dev.tandem.standalone.support.Api;
import dev.tandem.standalone.support.HttpTests;
import dev.tandem.standalone.support.LiveClient;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * An admin plans a whole day (Tuesday 2 March 2027, Paris): a dry run that changes nothing, a plan applied as
 * offers with starts moved within their windows, bookings nobody may do left with reasons, and nothing of
 * another business.
 */
class DayPlanIntegrationTests extends HttpTests {

    private static final String DAY = "2027-03-02";
    private static final Map<String, Double> HOTEL_DE_VILLE = Map.of("lat", 48.8566, "lng", 2.3522);
    private static final Map<String, Double> LA_DEFENSE = Map.of("lat", 48.8918, "lng", 2.2361);

    Bookings bookings;
    Providers providers;
    Api.Session admin;

    @BeforeEach
    void aBusiness() {
        bookings = new Bookings(api);
        providers = new Providers(api);
        admin = api.signUp();
    }

    @Test
    void aDryRunPlansTheDaysBookingsWithTheNearestProviderAndChangesNothing() {
        String near = provider("Near", "cleaning", HOTEL_DE_VILLE);
        provider("Far", "cleaning", LA_DEFENSE);
        String morning = unassigned(TEN_AM, null);
        String noon = unassigned(TEN_AM.plus(Duration.ofHours(2)), null);

        var answer = plan(Map.of("date", DAY, "timeLimitSeconds", 2));

        assertThat(answer.status()).isEqualTo(200);
        JsonNode plan = answer.body();
        assertThat(plan.get("date").asString()).isEqualTo(DAY);
        assertThat(plan.get("assignments")
                        .valueStream()
                        .map(a -> a.get("bookingId").asString()))
                .containsExactlyInAnyOrder(morning, noon);
        assertThat(plan.get("assignments")
                        .valueStream()
                        .map(a -> a.get("providerId").asString()))
                .containsOnly(near);
        JsonNode first = assignmentOf(plan, morning);
        assertThat(first.get("start").asString()).isEqualTo(TEN_AM.toString());
        assertThat(first.get("travelMinutesBefore").asLong()).isBetween(1L, 10L);
        assertThat(first.get("reasons").valueStream().map(JsonNode::asString))
                .contains("starts at its fixed time 10:00")
                .anyMatch(reason -> reason.endsWith("min on the road from home"));
        assertThat(plan.get("unassigned")).isEmpty();
        assertThat(plan.get("totalTravelMinutes").asLong())
                .isLessThanOrEqualTo(plan.get("greedyTravelMinutes").asLong());
        assertThat(plan.get("solvedInMs").asLong()).isLessThan(5_000);
        assertThat(plan.get("applied").isNull()).isTrue();
        assertThat(booking(morning).get("providerId").isNull()).isTrue();
        assertThat(booking(noon).get("providerId").isNull()).isTrue();
    }

    @Test
    void anAppliedPlanOffersEachBookingAndMovesItsStartWithinItsWindow() {
        String near = provider("Near", "cleaning", HOTEL_DE_VILLE);
        // Near already holds 10:00-11:00 at the Louvre; the other job may start from 10:00 to 13:00 there.
        var held = Bookings.newBooking(TEN_AM, near);
        assertThat(bookings.create(admin, held).status()).isEqualTo(201);
        String flexible = unassigned(
                TEN_AM,
                Map.of(
                        "start",
                        TEN_AM.toString(),
                        "end",
                        TEN_AM.plus(Duration.ofHours(3)).toString()));

        var answer = plan(Map.of("date", DAY, "timeLimitSeconds", 2, "dryRun", false));

        assertThat(answer.status()).isEqualTo(200);
        JsonNode assignment = assignmentOf(answer.body(), flexible);
        assertThat(assignment.get("providerId").asString()).isEqualTo(near);
        assertThat(assignment.get("start").asString())
                .isEqualTo(TEN_AM.plus(Duration.ofHours(1)).toString());
        assertThat(answer.body().get("applied").get(0).get("outcome").asString())
                .isEqualTo("offered");
        JsonNode offered = booking(flexible);
        assertThat(offered.get("providerId").asString()).isEqualTo(near);
        assertThat(offered.get("status").asString()).isEqualTo("PENDING");
        assertThat(offered.get("offerExpiresAt").isNull()).isFalse();
        assertThat(offered.get("scheduledStart").asString())
                .isEqualTo(TEN_AM.plus(Duration.ofHours(1)).toString());
        var history = api.get("/api/bookings/" + flexible + "/history")
                .as(admin)
                .send()
                .body();
        assertThat(history.valueStream().map(entry -> entry.get("type").asString()))
                .containsSubsequence("BookingRescheduled", "BookingAssigned", "AssignmentProposed");
    }

    @Test
    void aPlannedOfferTheProviderDeclinesGoesToTheSagaWhichOffersItToTheNextOne() {
        var near = providers.registerWorkingEveryDayAndLogIn(admin, "Near", "cleaning", HOTEL_DE_VILLE);
        String far = provider("Far", "cleaning", LA_DEFENSE);
        String job = unassigned(TEN_AM, null);
        assertThat(plan(Map.of("date", DAY, "timeLimitSeconds", 1, "dryRun", false))
                        .status())
                .isEqualTo(200);
        assertThat(booking(job).get("providerId").asString()).isEqualTo(near.id());

        var declined = api.put("/api/provider/bookings")
                .as(near.session())
                .json(Map.of("bookingId", job, "status", "DECLINED", "reason", "The car broke down"))
                .send();

        assertThat(declined.status()).isEqualTo(200);
        await().atMost(LiveClient.patience())
                .untilAsserted(() ->
                        assertThat(booking(job).get("providerId").asString()).isEqualTo(far));
        assertThat(booking(job).get("offerExpiresAt").isNull()).isFalse();
    }

    @Test
    void aBookingNobodyMayDoIsLeftUnassignedWithEachProvidersReason() {
        String cleaner = provider("Cleaner", "cleaning", HOTEL_DE_VILLE);
        var body = Bookings.newBooking(TEN_AM, null);
        body.put("service", "gardening");
        body.put("autoAssign", false);
        String gardening = bookings.create(admin, body).body().get("id").asString();

        var answer = plan(Map.of("date", DAY, "timeLimitSeconds", 1));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().get("assignments")).isEmpty();
        JsonNode left = answer.body().get("unassigned").get(0);
        assertThat(left.get("bookingId").asString()).isEqualTo(gardening);
        assertThat(left.get("why").valueStream().map(JsonNode::asString))
                .containsExactly(cleaner + ": lacks the skill gardening");
    }

    @Test
    void anotherBusinessPlansNothingOfThisOne() {
        provider("Near", "cleaning", HOTEL_DE_VILLE);
        unassigned(TEN_AM, null);
        var otherAdmin = api.signUp();

        var answer = api.post("/api/admin/auto-assign")
                .as(otherAdmin)
                .json(Map.of("date", DAY, "timeLimitSeconds", 1))
                .send();

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().get("assignments")).isEmpty();
        assertThat(answer.body().get("unassigned")).isEmpty();
    }

    @Test
    void aTimeLimitOutOfRangeOrABookingWithADateIsRefused() {
        var tooLong = plan(Map.of("date", DAY, "timeLimitSeconds", 3_600));
        var both = plan(Map.of("date", DAY, "bookingId", "6f1d1c2e-8f0e-4d5b-9a39-1b2c3d4e5f60"));

        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.body().get("errors").get(0).get("field").asString()).isEqualTo("timeLimitSeconds");
        assertThat(both.status()).isEqualTo(400);
        assertThat(both.body().get("errors").get(0).get("field").asString()).isEqualTo("date");
    }

    private Api.Response plan(Map<String, Object> body) {
        return api.post("/api/admin/auto-assign").as(admin).json(body).send();
    }

    private String provider(String name, String skill, Map<String, Double> home) {
        return providers.registerWorkingEveryDay(admin, name, skill, home);
    }

    private String unassigned(Instant start, Map<String, String> window) {
        Map<String, Object> body = new HashMap<>(Bookings.newBooking(start, null));
        body.put("autoAssign", false);
        if (window != null) {
            body.put("arrivalWindow", window);
        }
        var created = bookings.create(admin, body);
        assertThat(created.status()).isEqualTo(201);
        return created.body().get("id").asString();
    }

    private JsonNode booking(String bookingId) {
        return api.get("/api/bookings/" + bookingId).as(admin).send().body();
    }

    private static JsonNode assignmentOf(JsonNode plan, String bookingId) {
        return plan.get("assignments")
                .valueStream()
                .filter(assignment -> assignment.get("bookingId").asString().equals(bookingId))
                .findFirst()
                .orElseThrow();
    }
}
