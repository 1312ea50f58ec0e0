package dev.tandem.standalone.analytics;

import static dev.tandem.standalone.booking.Bookings.TEN_AM;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.kernel.PayRate;
import dev.tandem.kernel.PayRateType;
import dev.tandem.standalone.booking.Bookings;
import dev.tandem.standalone.support.Api;
import dev.tandem.standalone.support.HttpTests;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Analytics over HTTP, right after the writes that change them: Tuesday 2 March 2027 in Paris, one job
 * completed, rated and tipped, one cancelled, by a provider who works 06:00–22:00 (960 minutes).
 */
class AnalyticsIntegrationTests extends HttpTests {

    private static final String THAT_DAY = "from=2027-03-02&to=2027-03-02";

    Bookings bookings;
    Api.Session admin;
    Bookings.Provider provider;

    @BeforeEach
    void aDayOfWork() {
        bookings = new Bookings(api);
        admin = api.signUp();
        provider = bookings.provider(admin, new PayRate(PayRateType.PERCENTAGE, 2500, Bookings.PAY_RATES_FROM));
        String done = bookings.booked(admin, TEN_AM, provider).get("id").asString();
        bookings.runToCompletion(provider, done);
        api.post("/api/bookings/" + done + "/rating")
                .as(admin)
                .json(Map.of("stars", 4))
                .send();
        api.post("/api/bookings/" + done + "/tip")
                .as(admin)
                .json(Map.of("amountCents", 500))
                .send();
        String called = bookings.booked(admin, TEN_AM.plus(Duration.ofHours(2)), provider)
                .get("id")
                .asString();
        api.patch("/api/bookings/" + called)
                .as(admin)
                .json(Map.of("status", "CANCELLED"))
                .send();
    }

    @Test
    void theAdminsFiguresReflectEveryWriteAtOnce() {
        var report = api.get("/api/admin/analytics?" + THAT_DAY + "&compare=previous")
                .as(admin)
                .send()
                .body();

        assertThat(report.get("from").asString()).isEqualTo("2027-03-02");
        assertThat(report.get("totals").get("bookings").asLong()).isEqualTo(2);
        assertThat(report.get("totals").get("completionRate").asDouble()).isEqualTo(0.5);
        var row = report.get("providers").get(0);
        assertThat(row.get("providerId").asString()).isEqualTo(provider.id());
        assertThat(row.get("completed").asLong()).isEqualTo(1);
        assertThat(row.get("cancelled").asLong()).isEqualTo(1);
        assertThat(row.get("averageRating").asDouble()).isEqualTo(4.0);
        assertThat(row.get("earningsCents").asLong()).isEqualTo(2_500);
        assertThat(row.get("tipsCents").asLong()).isEqualTo(500);
        assertThat(row.get("bookedMinutes").asLong()).isEqualTo(60);
        assertThat(row.get("availableMinutes").asLong()).isEqualTo(960);
        assertThat(row.get("utilization").asDouble()).isEqualTo(0.0625);
        assertThat(report.get("earningsOverview").get("grossCents").asLong()).isEqualTo(10_000);
        assertThat(report.get("customerSatisfaction")
                        .get("distribution")
                        .get("4")
                        .asLong())
                .isEqualTo(1);
        assertThat(report.get("bookingDistribution").get("byHour").get("10").asLong())
                .isEqualTo(1);
        assertThat(report.get("previous").get("from").asString()).isEqualTo("2027-03-01");
        assertThat(report.get("previous").get("bookings").asLong()).isZero();
    }

    @Test
    void aProviderSeesItsOwnFiguresBesideTheBusinessesAndNoAdminAnalytics() {
        var colleague = bookings.provider(admin);
        bookings.runToCompletion(
                colleague,
                bookings.booked(admin, TEN_AM.plus(Duration.ofHours(4)), colleague)
                        .get("id")
                        .asString());

        var mine = api.get("/api/provider/performance?" + THAT_DAY)
                .as(provider.session())
                .send();
        var adminOnly = api.get("/api/admin/analytics").as(provider.session()).send();

        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.body().get("providerId").asString()).isEqualTo(provider.id());
        assertThat(mine.body().get("completionRate").asDouble()).isEqualTo(0.5);
        // The business: two completed of three bookings.
        assertThat(mine.body().get("business").get("completionRate").asDouble()).isEqualTo(0.6667);
        assertThat(mine.text()).doesNotContain(colleague.id());
        assertThat(adminOnly.status()).isEqualTo(403);
    }

    @Test
    void anotherBusinessSeesNoneOfIt() {
        var other = api.signUp();

        var theirs =
                api.get("/api/admin/analytics?" + THAT_DAY).as(other).send().body();
        var filtered = api.get("/api/admin/analytics?" + THAT_DAY + "&providerId=" + provider.id())
                .as(other)
                .send()
                .body();

        assertThat(theirs.get("totals").get("bookings").asLong()).isZero();
        assertThat(theirs.get("providers")).isEmpty();
        assertThat(filtered.get("providers")).isEmpty();
        assertThat(filtered.get("totals").get("bookings").asLong()).isZero();
    }

    @Test
    void theProviderTableExportsAsCsv() {
        var csv = api.get("/api/admin/analytics/export?" + THAT_DAY).as(admin).send();

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).contains("analytics-2027-03-02-2027-03-02.csv");
        assertThat(csv.text().lines().toList())
                .containsExactly(
                        "providerId,name,bookings,completed,cancelled,declined,completionRate,averageRating,ratings,"
                                + "earningsCents,tipsCents,bookedMinutes,availableMinutes,utilization",
                        provider.id() + ",Pat Provider,2,1,1,0,0.5,4.0,1,2500,500,60,960,0.0625");
    }

    @Test
    void badPeriodsAndGroupingsAreRefusedNamingTheParameter() {
        var backwards = api.get("/api/admin/analytics?from=2027-03-02&to=2027-03-01")
                .as(admin)
                .send();
        var tooLong = api.get("/api/admin/analytics?from=2026-01-01&to=2027-03-01")
                .as(admin)
                .send();
        var notADate = api.get("/api/admin/analytics?from=yesterday").as(admin).send();
        var byYear = api.get("/api/admin/analytics?groupBy=year").as(admin).send();

        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.body().get("errors").get(0).get("field").asString())
                .isEqualTo("to");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(notADate.body().get("errors").get(0).get("field").asString()).isEqualTo("from");
        assertThat(byYear.body().get("errors").get(0).get("field").asString()).isEqualTo("groupBy");
    }
}
