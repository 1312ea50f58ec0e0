package dev.tandem.standalone.assignment;

import static dev.tandem.standalone.booking.Bookings.TEN_AM;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.standalone.booking.Bookings;
import dev.tandem.standalone.provider.Providers;
import dev.tandem.standalone.support.Api;
import dev.tandem.standalone.support.HttpTests;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * An admin auto-assigns a booking (at the Louvre, Tuesday 10:00 Paris) and sees the pick, the other
 * candidates and why the rest cannot take it.
 */
class AutoAssignIntegrationTests extends HttpTests {

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
    void theBestProviderGetsTheBookingAndTheAnswerSaysWhy() {
        String near = provider("Near", "cleaning", HOTEL_DE_VILLE);
        String far = provider("Far", "cleaning", LA_DEFENSE);
        String gardener = provider("Gardener", "gardening", HOTEL_DE_VILLE);
        String bookingId = unassignedBooking();

        var answer = autoAssign(bookingId);

        assertThat(answer.status()).isEqualTo(200);
        JsonNode body = answer.body();
        assertThat(body.get("bookingId").asString()).isEqualTo(bookingId);
        assertThat(body.get("providerId").asString()).isEqualTo(near);
        assertThat(body.get("score").asDouble()).isBetween(0.0, 1.0);
        assertThat(body.get("reasons").get(0).asString()).isEqualTo("1.2 km from home (distance 0.90)");
        assertThat(ids(body.get("candidates"))).containsExactly(near, far);
        assertThat(body.get("excluded").get(0).get("providerId").asString()).isEqualTo(gardener);
        assertThat(body.get("excluded").get(0).get("why").asString()).isEqualTo("lacks the skill cleaning");
        assertThat(booking(bookingId).get("providerId").asString()).isEqualTo(near);
    }

    @Test
    void theWeightsTheAdminSetDecideThePick() {
        String near = provider("Near", "cleaning", HOTEL_DE_VILLE);
        String far = provider("Far", "cleaning", LA_DEFENSE);
        var busyMorning = Bookings.newBooking(TEN_AM.minusSeconds(3 * 3600), near);
        assertThat(bookings.create(admin, busyMorning).status()).isEqualTo(201);
        api.put("/api/admin/assignment-policy")
                .as(admin)
                .json(Map.of("distance", 0, "workload", 1, "rating", 0, "completion", 0))
                .send();
        String bookingId = unassignedBooking();

        var answer = autoAssign(bookingId);

        assertThat(answer.body().get("providerId").asString()).isEqualTo(far);
        assertThat(ids(answer.body().get("candidates"))).containsExactly(far, near);
    }

    @Test
    void whenNobodyFitsTheAnswerIsAConflictExplainingEachProvider() {
        String gardener = provider("Gardener", "gardening", HOTEL_DE_VILLE);
        String faraway = provider("Faraway", "cleaning", Map.of("lat", 45.764, "lng", 4.8357));
        String bookingId = unassignedBooking();

        var answer = autoAssign(bookingId);

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        var excluded = answer.body().get("excluded");
        assertThat(ids(excluded)).containsExactlyInAnyOrder(gardener, faraway);
        assertThat(excluded.valueStream().map(entry -> entry.get("why").asString()))
                .contains("lacks the skill cleaning")
                .anyMatch(why -> why.startsWith("outside its service radius"));
        assertThat(booking(bookingId).get("providerId").isNull()).isTrue();
    }

    @Test
    void aBookingThatHasAProviderAlreadyIsAConflict() {
        var provider = bookings.provider(admin);
        String bookingId = bookings.booked(admin, TEN_AM, provider).get("id").asString();

        assertThat(autoAssign(bookingId).status()).isEqualTo(409);
    }

    @Test
    void anotherBusinessesBookingIsNotFound() {
        provider("Near", "cleaning", HOTEL_DE_VILLE);
        String bookingId = unassignedBooking();
        var stranger = api.signUp();

        var answer = api.post("/api/admin/auto-assign")
                .as(stranger)
                .json(Map.of("bookingId", bookingId))
                .send();

        assertThat(answer.status()).isEqualTo(404);
        assertThat(booking(bookingId).get("providerId").isNull()).isTrue();
    }

    @Test
    void aProviderMayNotAutoAssign() {
        var provider = bookings.provider(admin);
        String bookingId = unassignedBooking();

        var answer = api.post("/api/admin/auto-assign")
                .as(provider.session())
                .json(Map.of("bookingId", bookingId))
                .send();

        assertThat(answer.status()).isEqualTo(403);
    }

    @Test
    void theRankingCanBeReadWithoutAssigningAnything() {
        String near = provider("Near", "cleaning", HOTEL_DE_VILLE);
        String far = provider("Far", "cleaning", LA_DEFENSE);
        String bookingId = unassignedBooking();

        var ranking = api.get("/api/admin/bookings/" + bookingId + "/ranking")
                .as(admin)
                .send();

        assertThat(ranking.status()).isEqualTo(200);
        assertThat(ids(ranking.body().get("candidates"))).containsExactly(near, far);
        var topOne = api.get("/api/admin/bookings/" + bookingId + "/ranking?limit=1")
                .as(admin)
                .send()
                .body();
        assertThat(topOne.get("candidateCount").asInt()).isEqualTo(2);
        assertThat(ids(topOne.get("candidates"))).containsExactly(near);
        assertThat(booking(bookingId).get("providerId").isNull()).isTrue();
        assertThat(api.get("/api/admin/bookings/" + bookingId + "/ranking")
                        .as(api.signUp())
                        .send()
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aChangeOfAProviderShowsInTheNextRankingAtOnce() {
        var provider = bookings.provider(admin);
        String bookingId = unassignedBooking();
        String ranking = "/api/admin/bookings/" + bookingId + "/ranking";
        assertThat(ids(api.get(ranking).as(admin).send().body().get("candidates")))
                .containsExactly(provider.id());

        var offline = api.post("/api/provider/availability")
                .as(provider.session())
                .json(Map.of("status", "OFFLINE"))
                .send();

        assertThat(offline.status()).isEqualTo(200);
        var after = api.get(ranking).as(admin).send().body();
        assertThat(after.get("candidates").isEmpty()).isTrue();
        assertThat(after.get("excluded").get(0).get("why").asString()).isEqualTo("offline");
    }

    /** A provider working every day 06:00–22:00 with a 20 km radius from the given home. */
    private String provider(String name, String skill, Map<String, Double> home) {
        return providers.registerWorkingEveryDay(admin, name, skill, home);
    }

    /** At the Louvre, kept out of the saga so the admin's own request is the one that assigns it. */
    private String unassignedBooking() {
        var body = Bookings.newBooking(TEN_AM, null);
        body.put("autoAssign", false);
        var created = bookings.create(admin, body);
        assertThat(created.status()).isEqualTo(201);
        return created.body().get("id").asString();
    }

    private Api.Response autoAssign(String bookingId) {
        return api.post("/api/admin/auto-assign")
                .as(admin)
                .json(Map.of("bookingId", bookingId))
                .send();
    }

    private JsonNode booking(String bookingId) {
        return api.get("/api/bookings/" + bookingId).as(admin).send().body();
    }

    private static List<String> ids(JsonNode entries) {
        return entries.valueStream()
                .map(entry -> entry.get("providerId").asString())
                .toList();
    }
}
