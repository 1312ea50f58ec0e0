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
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class EarningsIntegrationTests extends HttpTests {

    private static final PayRate QUARTER = new PayRate(PayRateType.PERCENTAGE, 2500, Bookings.PAY_RATES_FROM);

    Bookings bookings;
    Api.Session admin;
    Bookings.Provider provider;

    @BeforeEach
    void connect() {
        bookings = new Bookings(api);
        admin = api.signUp();
        provider = bookings.provider(admin, QUARTER);
    }

    @Test
    void theWholeLoopFromBookingToEarningsListedWithTotals() {
        String id = bookings.booked(admin, TEN_AM, provider).get("id").asString();
        assertThat(ids(api.get("/api/provider/bookings")
                        .as(provider.session())
                        .send()
                        .body()))
                .containsExactly(id);

        var completed = bookings.runToCompletion(provider, id);
        var tipped = api.post("/api/bookings/" + id + "/tip")
                .as(admin)
                .json(Map.of("amountCents", 500))
                .send();

        assertThat(completed.body().get("status").asString()).isEqualTo("COMPLETED");
        assertThat(tipped.status()).isEqualTo(201);
        var report = api.get("/api/admin/earnings").as(admin).send().body();
        assertThat(report.get("items")).hasSize(1);
        JsonNode earning = report.get("items").get(0);
        assertThat(earning.get("bookingId").asString()).isEqualTo(id);
        assertThat(earning.get("providerId").asString()).isEqualTo(provider.id());
        assertThat(earning.get("payRateType").asString()).isEqualTo("PERCENTAGE");
        assertThat(earning.get("payRateAmount").asLong()).isEqualTo(2500);
        assertThat(earning.get("grossCents").asLong()).isEqualTo(10_000);
        assertThat(earning.get("providerEarningsCents").asLong()).isEqualTo(2_500);
        assertThat(earning.get("businessCommissionCents").asLong()).isEqualTo(7_500);
        assertThat(earning.get("tipCents").asLong()).isEqualTo(500);
        assertThat(earning.get("recordedAt").asString())
                .isEqualTo(completed.body().get("completedAt").asString());
        assertThat(report.get("totals"))
                .isEqualTo(api.get("/api/provider/earnings")
                        .as(provider.session())
                        .send()
                        .body()
                        .get("totals"));
        assertThat(report.get("totals").get("grossCents").asLong()).isEqualTo(10_000);
        assertThat(report.get("totals").get("providerEarningsCents").asLong()).isEqualTo(2_500);
        assertThat(report.get("totals").get("businessCommissionCents").asLong()).isEqualTo(7_500);
        assertThat(report.get("totals").get("tipCents").asLong()).isEqualTo(500);
    }

    @Test
    void totalsAddUpEveryCompletedBookingAndFiltersNarrowThem() {
        var other = bookings.provider(admin, new PayRate(PayRateType.FLAT, 4_000, Bookings.PAY_RATES_FROM));
        bookings.runToCompletion(
                provider, bookings.booked(admin, TEN_AM, provider).get("id").asString());
        bookings.runToCompletion(
                other, bookings.booked(admin, TEN_AM, other).get("id").asString());
        bookings.booked(admin, TEN_AM.plus(Duration.ofHours(3)), provider);

        var all = api.get("/api/admin/earnings").as(admin).send().body();
        var theirs = api.get("/api/admin/earnings?providerId=" + other.id())
                .as(admin)
                .send()
                .body();
        var future = api.get("/api/admin/earnings?from=" + Instant.now().plus(Duration.ofDays(1)))
                .as(admin)
                .send()
                .body();

        assertThat(all.get("items")).hasSize(2);
        assertThat(all.get("totals").get("providerEarningsCents").asLong()).isEqualTo(2_500 + 4_000);
        assertThat(all.get("totals").get("businessCommissionCents").asLong()).isEqualTo(7_500 + 6_000);
        assertThat(theirs.get("items")).hasSize(1);
        assertThat(theirs.get("totals").get("providerEarningsCents").asLong()).isEqualTo(4_000);
        assertThat(future.get("items")).isEmpty();
        assertThat(future.get("totals").get("grossCents").asLong()).isZero();
    }

    @Test
    void itemsComeAPageAtATimeWhileTheTotalsCoverTheWholeRange() {
        for (int hour = 0; hour < 3; hour++) {
            bookings.runToCompletion(
                    provider,
                    bookings.booked(admin, TEN_AM.plus(Duration.ofHours(hour)), provider)
                            .get("id")
                            .asString());
        }

        var first = api.get("/api/admin/earnings?limit=2").as(admin).send().body();
        var second = api.get("/api/admin/earnings?limit=2&cursor="
                        + first.get("nextCursor").asString())
                .as(admin)
                .send()
                .body();

        assertThat(first.get("items")).hasSize(2);
        assertThat(second.get("items")).hasSize(1);
        assertThat(second.get("nextCursor").isNull()).isTrue();
        assertThat(first.get("totals").get("grossCents").asLong()).isEqualTo(3 * 10_000);
        assertThat(second.get("totals")).isEqualTo(first.get("totals"));
        assertThat(api.get("/api/admin/earnings?limit=501").as(admin).send().status())
                .isEqualTo(400);
    }

    @Test
    void aRetriedCompletionRecordsEarningsOnce() {
        String id = bookings.booked(admin, TEN_AM, provider).get("id").asString();
        bookings.runToCompletion(provider, id);

        var again = bookings.move(provider, id, "COMPLETED");

        assertThat(again.status()).isEqualTo(409);
        assertThat(api.get("/api/admin/earnings").as(admin).send().body().get("items"))
                .hasSize(1);
    }

    @Test
    void concurrentCompletionsRecordEarningsOnce() throws Exception {
        String id = bookings.booked(admin, TEN_AM, provider).get("id").asString();
        bookings.move(provider, id, "CONFIRMED");
        bookings.move(provider, id, "IN_PROGRESS");
        var start = new CountDownLatch(1);
        try (var threads = Executors.newFixedThreadPool(6)) {
            var answers = new ArrayList<Future<Integer>>();
            for (int i = 0; i < 6; i++) {
                answers.add(threads.submit(() -> {
                    start.await();
                    return bookings.move(provider, id, "COMPLETED").status();
                }));
            }
            start.countDown();
            var statuses = new ArrayList<Integer>();
            for (var answer : answers) {
                statuses.add(answer.get());
            }

            assertThat(statuses).containsOnlyOnce(200).containsOnly(200, 409);
        }
        assertThat(api.get("/api/admin/earnings").as(admin).send().body().get("items"))
                .hasSize(1);
    }

    @Test
    void aProviderSeesOnlyItsOwnEarningsAndAnotherBusinessNone() {
        var colleague = bookings.provider(admin, QUARTER);
        bookings.runToCompletion(
                provider, bookings.booked(admin, TEN_AM, provider).get("id").asString());
        var otherAdmin = api.signUp();

        assertThat(api.get("/api/provider/earnings")
                        .as(provider.session())
                        .send()
                        .body()
                        .get("items"))
                .hasSize(1);
        assertThat(api.get("/api/provider/earnings")
                        .as(colleague.session())
                        .send()
                        .body()
                        .get("items"))
                .isEmpty();
        assertThat(api.get("/api/admin/earnings").as(otherAdmin).send().body().get("items"))
                .isEmpty();
        assertThat(api.get("/api/admin/earnings?providerId=" + provider.id())
                        .as(otherAdmin)
                        .send()
                        .body()
                        .get("items"))
                .isEmpty();
        assertThat(api.get("/api/admin/earnings").as(provider.session()).send().status())
                .isEqualTo(403);
    }

    private static java.util.List<String> ids(JsonNode page) {
        return java.util.stream.StreamSupport.stream(page.get("items").spliterator(), false)
                .map(item -> item.get("id").asString())
                .toList();
    }
}
