package dev.tandem.standalone.board;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.standalone.booking.Bookings;
import dev.tandem.standalone.support.Api;
import dev.tandem.standalone.support.ApiBookings;
import dev.tandem.standalone.support.HttpTests;
import dev.tandem.standalone.support.Zones;
import java.time.Instant;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The board at a past instant, rebuilt from the event store, is the board the live view showed then. */
class BoardAtAnInstantIntegrationTests extends HttpTests {

    @Test
    void theBoardAtAnEarlierInstantIsWhatTheLiveBoardShowedThen() throws Exception {
        var bookings = new Bookings(api);
        var jobs = new ApiBookings(api);
        Api.Session admin = api.signUp();
        api.put("/api/admin/business")
                .as(admin)
                .json(Map.of("timeZone", Zones.midday().getId()))
                .send();
        var camille = bookings.provider(admin);
        var lucas = bookings.provider(admin);
        String first = jobs.book(admin, camille.id(), 60);
        jobs.book(admin, lucas.id(), 120);
        bookings.move(camille, first, "CONFIRMED");
        bookings.move(camille, first, "IN_PROGRESS");

        JsonNode liveThen =
                api.get("/api/admin/providers/realtime-status").as(admin).send().body();
        Instant t1 = Instant.now();
        Thread.sleep(20);
        bookings.move(camille, first, "COMPLETED");
        api.patch("/api/bookings/" + jobs.book(admin, lucas.id(), 180))
                .as(admin)
                .json(Map.of("status", "CANCELLED"))
                .send();

        var past = api.get("/api/admin/board?at=" + t1).as(admin).send().body();
        var now = api.get("/api/admin/board").as(admin).send().body();

        assertThat(past.get("providers")).hasSize(2);
        for (JsonNode provider : liveThen) {
            var then = providerOf(past, provider.get("providerId").asString());
            assertThat(then.get("status").asString())
                    .isEqualTo(provider.get("status").asString());
            assertThat(then.get("currentBookingId").asString(null))
                    .isEqualTo(provider.get("currentBookingId").asString(null));
            assertThat(then.get("nextBookingAt").asString(null))
                    .isEqualTo(provider.get("nextBookingAt").asString(null));
            assertThat(then.get("name").asString())
                    .isEqualTo(provider.get("name").asString());
        }
        assertThat(bookingOf(past, first).get("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(past.get("bookings")).hasSize(2);
        assertThat(bookingOf(now, first).get("status").asString()).isEqualTo("COMPLETED");
        assertThat(now.get("bookings")).hasSize(3);
        assertThat(providerOf(now, camille.id()).get("status").asString()).isEqualTo("AVAILABLE");
    }

    @Test
    void anInstantInTheFutureIsRefusedOneBeforeTheBusinessIsEmptyAndAnotherBusinessSeesOnlyItsOwn() {
        Api.Session admin = api.signUp();
        var bookings = new Bookings(api);
        bookings.provider(admin);
        Api.Session other = api.signUp();

        var future = api.get("/api/admin/board?at=" + Instant.now().plusSeconds(3600))
                .as(admin)
                .send();
        var theirs = api.get("/api/admin/board").as(other).send().body();
        var beforeItSignedUp = api.get("/api/admin/board?at=" + Instant.now().minusSeconds(3600))
                .as(admin)
                .send();

        assertThat(future.status()).isEqualTo(400);
        assertThat(future.body().get("errors").get(0).get("field").asString()).isEqualTo("at");
        assertThat(theirs.get("providers")).isEmpty();
        assertThat(beforeItSignedUp.status()).isEqualTo(200);
        assertThat(beforeItSignedUp.body().get("providers")).isEmpty();
        assertThat(beforeItSignedUp.body().get("bookings")).isEmpty();
    }

    private static JsonNode providerOf(JsonNode board, String providerId) {
        return StreamSupport.stream(board.get("providers").spliterator(), false)
                .filter(provider -> provider.get("providerId").asString().equals(providerId))
                .findFirst()
                .orElseThrow();
    }

    private static JsonNode bookingOf(JsonNode board, String bookingId) {
        return StreamSupport.stream(board.get("bookings").spliterator(), false)
                .filter(booking -> booking.get("id").asString().equals(bookingId))
                .findFirst()
                .orElseThrow();
    }
}
