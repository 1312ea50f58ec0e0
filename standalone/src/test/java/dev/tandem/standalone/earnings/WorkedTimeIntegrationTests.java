package dev.tandem.standalone.earnings;

import static dev.tandem.standalone.booking.Bookings.TEN_AM;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.kernel.PayRate;
import dev.tandem.kernel.PayRateType;
import dev.tandem.standalone.booking.Bookings;
import dev.tandem.standalone.support.Api;
import dev.tandem.standalone.support.HttpTests;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** An admin corrects when a completed job really ran; HOURLY pay follows, recorded as an adjustment. */
class WorkedTimeIntegrationTests extends HttpTests {

    private static final PayRate THIRTY_AN_HOUR = new PayRate(PayRateType.HOURLY, 3_000, Bookings.PAY_RATES_FROM);

    Bookings bookings;
    Api.Session admin;

    @BeforeEach
    void aBusiness() {
        bookings = new Bookings(api);
        admin = api.signUp();
    }

    @Test
    void correctingAnHourlyJobRecordsItsPayAgainAsAnAdjustmentThatTheLedgerAndHistoryShow() {
        var provider = bookings.provider(admin, THIRTY_AN_HOUR);
        String id = bookings.booked(admin, TEN_AM, provider).get("id").asString();
        var completed = bookings.runToCompletion(provider, id).body();
        assertThat(earning(id).get("providerEarningsCents").asLong())
                .as("a job completed a moment after it started pays almost nothing")
                .isLessThan(100);
        Instant end = Instant.parse(completed.get("completedAt").asString());

        var corrected = correct(admin, id, end.minus(Duration.ofMinutes(150)), end, "Tapped Start at the end");

        assertThat(corrected.status()).isEqualTo(200);
        assertThat(corrected.body().get("startedAt").asString())
                .isEqualTo(end.minus(Duration.ofMinutes(150)).toString());
        JsonNode earning = earning(id);
        assertThat(earning.get("providerEarningsCents").asLong()).isEqualTo(7_500);
        assertThat(earning.get("businessCommissionCents").asLong()).isEqualTo(10_000 - 7_500);
        assertThat(api.get("/api/provider/earnings")
                        .as(provider.session())
                        .send()
                        .body()
                        .get("totals")
                        .get("providerEarningsCents")
                        .asLong())
                .isEqualTo(7_500);
        assertThat(historyTypes(id))
                .containsSubsequence("BookingCompleted", "EarningsRecorded", "WorkedTimeCorrected", "EarningsAdjusted");
    }

    @Test
    void aJobNotCompletedOrTimesThatCannotBeAreRefusedAndChangeNothing() {
        var provider = bookings.provider(admin, THIRTY_AN_HOUR);
        String confirmed = bookings.booked(admin, TEN_AM, provider).get("id").asString();
        bookings.move(provider, confirmed, "CONFIRMED");
        String done = bookings.booked(admin, TEN_AM.plusSeconds(7_200), provider)
                .get("id")
                .asString();
        var completed = bookings.runToCompletion(provider, done).body();
        Instant end = Instant.parse(completed.get("completedAt").asString());

        var notCompleted = correct(admin, confirmed, end.minusSeconds(3_600), end, "Why not");
        var backwards = correct(admin, done, end, end.minusSeconds(3_600), "Swapped");
        var noReason = api.post("/api/bookings/" + done + "/worked-time")
                .as(admin)
                .json(Map.of("startedAt", end.minusSeconds(3_600).toString(), "completedAt", end.toString()))
                .send();

        assertThat(notCompleted.status()).isEqualTo(409);
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.body().get("errors").get(0).get("field").asString())
                .isEqualTo("completedAt");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body().get("errors").get(0).get("field").asString()).isEqualTo("reason");
        assertThat(historyTypes(done)).doesNotContain("WorkedTimeCorrected");
        assertThat(api.get("/api/bookings/" + done).as(admin).send().body().get("startedAt"))
                .isEqualTo(completed.get("startedAt"));
    }

    @Test
    void onlyTheBusinesssAdminsCorrectWorkedTime() {
        var provider = bookings.provider(admin, THIRTY_AN_HOUR);
        String id = bookings.booked(admin, TEN_AM, provider).get("id").asString();
        var completed = bookings.runToCompletion(provider, id).body();
        Instant end = Instant.parse(completed.get("completedAt").asString());

        assertThat(correct(provider.session(), id, end.minusSeconds(7_200), end, "More pay")
                        .status())
                .isEqualTo(403);
        assertThat(correct(api.signUp(), id, end.minusSeconds(7_200), end, "Not mine")
                        .status())
                .isEqualTo(404);
        assertThat(historyTypes(id)).doesNotContain("WorkedTimeCorrected");
    }

    private Api.Response correct(Api.Session session, String id, Instant started, Instant completed, String reason) {
        return api.post("/api/bookings/" + id + "/worked-time")
                .as(session)
                .json(Map.of("startedAt", started.toString(), "completedAt", completed.toString(), "reason", reason))
                .send();
    }

    private JsonNode earning(String bookingId) {
        return api.get("/api/admin/earnings")
                .as(admin)
                .send()
                .body()
                .get("items")
                .valueStream()
                .filter(item -> item.get("bookingId").asString().equals(bookingId))
                .findFirst()
                .orElseThrow();
    }

    private List<String> historyTypes(String bookingId) {
        return api.get("/api/bookings/" + bookingId + "/history")
                .as(admin)
                .send()
                .body()
                .valueStream()
                .map(entry -> entry.get("type").asString())
                .toList();
    }
}
