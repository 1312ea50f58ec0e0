package dev.tandem.standalone.booking;

import static dev.tandem.standalone.booking.Bookings.TEN_AM;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.standalone.support.Api;
import dev.tandem.standalone.support.HttpTests;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A booking's arrival window: given on create and PATCH, shown in the views and the history, holding the start. */
class ArrivalWindowIntegrationTests extends HttpTests {

    private static final Map<String, String> NINE_TO_ELEVEN = Map.of(
            "start",
            TEN_AM.minus(Duration.ofHours(1)).toString(),
            "end",
            TEN_AM.plus(Duration.ofHours(1)).toString());

    Bookings bookings;
    Api.Session admin;

    @BeforeEach
    void connect() {
        bookings = new Bookings(api);
        admin = api.signUp();
    }

    @Test
    void aBookingKeepsItsWindowAndEveryReadShowsIt() {
        var body = Bookings.newBooking(TEN_AM, null);
        body.put("arrivalWindow", NINE_TO_ELEVEN);

        var created = bookings.create(admin, body);
        String id = created.body().get("id").asString();
        var read = api.get("/api/bookings/" + id).as(admin).send();

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().get("arrivalWindow").get("start").asString()).isEqualTo("2027-03-02T08:00:00Z");
        assertThat(created.body().get("arrivalWindow").get("end").asString()).isEqualTo("2027-03-02T10:00:00Z");
        assertThat(read.body()).isEqualTo(created.body());
    }

    @Test
    void aStartOutsideItsWindowIsRefusedAndNothingIsStored() {
        var body = Bookings.newBooking(TEN_AM.plus(Duration.ofHours(2)), null);
        body.put("arrivalWindow", NINE_TO_ELEVEN);

        var refused = bookings.create(admin, body);
        var listed = api.get("/api/bookings").as(admin).send();

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("errors").get(0).get("field").asString()).isEqualTo("scheduledStart");
        assertThat(refused.body().get("errors").get(0).get("message").asString())
                .isEqualTo("must lie inside the arrival window");
        assertThat(listed.body().get("items")).isEmpty();
    }

    @Test
    void aPatchMovesTheWindowAndTheHistorySaysSo() {
        String id = bookings.booked(admin, TEN_AM, null).get("id").asString();
        var window = Map.of(
                "start", TEN_AM.plus(Duration.ofHours(1)).toString(),
                "end", TEN_AM.plus(Duration.ofHours(3)).toString());

        var startOutside = api.patch("/api/bookings/" + id)
                .as(admin)
                .json(Map.of("arrivalWindow", window))
                .send();
        var moved = api.patch("/api/bookings/" + id)
                .as(admin)
                .json(Map.of(
                        "arrivalWindow",
                        window,
                        "scheduledStart",
                        TEN_AM.plus(Duration.ofHours(2)).toString()))
                .send();
        var history =
                api.get("/api/bookings/" + id + "/history").as(admin).send().body();

        assertThat(startOutside.status()).isEqualTo(400);
        assertThat(startOutside.body().get("errors").get(0).get("field").asString())
                .isEqualTo("scheduledStart");
        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.body().get("arrivalWindow").get("start").asString()).isEqualTo("2027-03-02T10:00:00Z");
        assertThat(moved.body().get("scheduledStart").asString()).isEqualTo("2027-03-02T11:00:00Z");
        assertThat(api.get("/api/bookings/" + id).as(admin).send().body())
                .as("every read shows the new window")
                .isEqualTo(moved.body());
        assertThat(history.valueStream().map(entry -> entry.get("type").asString()))
                .containsSubsequence("BookingCreated", "ArrivalWindowChanged", "BookingRescheduled");
    }
}
