package dev.tandem.standalone.provider;

import static dev.tandem.standalone.booking.Bookings.TEN_AM;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.standalone.booking.Bookings;
import dev.tandem.standalone.support.Api;
import dev.tandem.standalone.support.HttpTests;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Time off and hours cannot leave a provider's jobs without it; time off lies ahead. */
class UncoveredJobsIntegrationTests extends HttpTests {

    Api.Session admin;
    Bookings bookings;
    Bookings.Provider provider;
    String job;

    @BeforeEach
    void aProviderWithAConfirmedJob() {
        admin = api.signUp();
        bookings = new Bookings(api);
        provider = bookings.provider(admin);
        job = bookings.booked(admin, TEN_AM, provider).get("id").asString();
        bookings.move(provider, job, "CONFIRMED");
    }

    @Test
    void timeOffOverAConfirmedJobIsRefusedNamingTheJobAndNothingChanges() {
        var refused = availability(
                provider.session(),
                Map.of("timeOff", List.of(Map.of("start", "2027-03-01T00:00:00Z", "end", "2027-03-05T00:00:00Z"))));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body().get("jobs").get(0).get("bookingId").asString())
                .isEqualTo(job);
        assertThat(refused.body().get("jobs").get(0).get("scheduledStart").asString())
                .isEqualTo(TEN_AM.toString());
        assertThat(refused.body().get("detail").asString())
                .startsWith("This time off would leave a job of this provider uncovered: Tue 2 Mar ");
        assertThat(api.get("/api/provider/availability")
                        .as(provider.session())
                        .send()
                        .body()
                        .get("timeOff")
                        .isEmpty())
                .isTrue();
    }

    @Test
    void anAdminsHoursThatDropAConfirmedJobAreRefusedToo() {
        var mondaysOnly = availability(
                admin,
                provider.id(),
                Map.of("weeklyHours", List.of(Map.of("dayOfWeek", "MONDAY", "start", "06:00", "end", "22:00"))));

        assertThat(mondaysOnly.status()).isEqualTo(409);
        assertThat(mondaysOnly.body().get("jobs").get(0).get("bookingId").asString())
                .isEqualTo(job);
        assertThat(api.get("/api/provider/availability")
                        .as(provider.session())
                        .send()
                        .body()
                        .get("weeklyHours"))
                .hasSize(7);
    }

    @Test
    void timeOffAroundTheJobsAndHoursThatKeepThemAreTaken() {
        var dayAfter = availability(
                provider.session(),
                Map.of("timeOff", List.of(Map.of("start", "2027-03-03T00:00:00Z", "end", "2027-03-05T00:00:00Z"))));
        var tuesdaysOnly = availability(
                provider.session(),
                Map.of("weeklyHours", List.of(Map.of("dayOfWeek", "TUESDAY", "start", "06:00", "end", "22:00"))));

        assertThat(dayAfter.status()).isEqualTo(200);
        assertThat(tuesdaysOnly.status()).isEqualTo(200);
    }

    @Test
    void withReleaseJobsTheJobsAreGivenBackTheAdminsToldAndTheTimeOffTaken() {
        var taken = availability(
                provider.session(),
                Map.of(
                        "timeOff",
                        List.of(Map.of("start", "2027-03-01T00:00:00Z", "end", "2027-03-05T00:00:00Z")),
                        "releaseJobs",
                        true));

        assertThat(taken.status()).isEqualTo(200);
        assertThat(taken.body().get("timeOff")).hasSize(1);
        var booking = api.get("/api/bookings/" + job).as(admin).send().body();
        assertThat(booking.get("status").asString()).isEqualTo("PENDING");
        assertThat(booking.get("providerId").isNull()
                        || !booking.get("providerId").asString().equals(provider.id()))
                .as("the job is no longer the provider's")
                .isTrue();
        assertThat(api.get("/api/admin/notifications?unread=true")
                        .as(admin)
                        .send()
                        .body()
                        .get("items")
                        .valueStream()
                        .map(notification -> notification.get("body").asString()))
                .anyMatch(body -> body.contains("given back: the new hours or time off no longer cover it"));
    }

    @Test
    void timeOffThatHasAlreadyEndedIsRefused() {
        var past = availability(
                provider.session(),
                Map.of("timeOff", List.of(Map.of("start", "2025-03-01T00:00:00Z", "end", "2025-03-05T00:00:00Z"))));

        assertThat(past.status()).isEqualTo(400);
        assertThat(past.body().get("errors").get(0).get("field").asString()).isEqualTo("timeOff");
    }

    private Api.Response availability(Api.Session session, Map<String, Object> body) {
        return api.post("/api/provider/availability").as(session).json(body).send();
    }

    private Api.Response availability(Api.Session session, String providerId, Map<String, Object> body) {
        return api.put("/api/admin/providers/" + providerId + "/availability")
                .as(session)
                .json(body)
                .send();
    }
}
