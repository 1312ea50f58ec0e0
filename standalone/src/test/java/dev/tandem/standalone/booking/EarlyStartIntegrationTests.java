package dev.tandem.standalone.booking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.standalone.support.Api;
import dev.tandem.standalone.support.HttpTests;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * The early-start rule as shipped (the other tests walk jobs booked days ahead, so they set it far): a job starts
 * at the earliest an hour before its scheduled start, and a start tried earlier changes nothing.
 */
@TestPropertySource(properties = {"tandem.booking.early-start=60m", "tandem.database.database-name=early_start"})
class EarlyStartIntegrationTests extends HttpTests {

    /** Zones a few hours apart: in one of them it is always between 08:00 and 18:00. */
    private static final List<String> ZONES = List.of(
            "Pacific/Kiritimati",
            "Asia/Tokyo",
            "Asia/Dubai",
            "Europe/Paris",
            "America/Sao_Paulo",
            "America/New_York",
            "Pacific/Honolulu");

    @Test
    void aJobStartsAtTheEarliestAnHourBeforeItsScheduledStartAndATooEarlyStartChangesNothing() {
        var bookings = new Bookings(api);
        Api.Session admin = api.signUp();
        // The jobs lie within the provider's working hours (06:00-22:00) whenever the test runs.
        assertThat(api.put("/api/admin/business")
                        .as(admin)
                        .json(Map.of("timeZone", aZoneInDaytime()))
                        .send()
                        .status())
                .isEqualTo(200);
        var provider = bookings.provider(admin);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        String later = bookings.booked(admin, now.plus(Duration.ofHours(3)), provider)
                .get("id")
                .asString();
        String soon = bookings.booked(admin, now.plus(Duration.ofMinutes(45)), provider)
                .get("id")
                .asString();
        assertThat(bookings.move(provider, later, "CONFIRMED").status()).isEqualTo(200);
        assertThat(bookings.move(provider, soon, "CONFIRMED").status()).isEqualTo(200);

        var tooEarly = bookings.move(provider, later, "IN_PROGRESS");
        var inTime = bookings.move(provider, soon, "IN_PROGRESS");

        assertThat(tooEarly.status()).isEqualTo(409);
        assertThat(tooEarly.body().get("detail").asString())
                .isEqualTo("It is too early to start this job: it can be started from 60 minutes before its"
                        + " scheduled start.");
        assertThat(api.get("/api/bookings/" + later)
                        .as(admin)
                        .send()
                        .body()
                        .get("status")
                        .asString())
                .isEqualTo("CONFIRMED");
        assertThat(inTime.status()).isEqualTo(200);
        assertThat(inTime.body().get("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(api.get("/api/provider/availability")
                        .as(provider.session())
                        .send()
                        .body()
                        .get("status")
                        .asString())
                .isEqualTo("BUSY");
    }

    private static String aZoneInDaytime() {
        return ZONES.stream()
                .filter(zone -> {
                    var local = LocalTime.now(ZoneId.of(zone));
                    return !local.isBefore(LocalTime.of(8, 0)) && local.isBefore(LocalTime.of(18, 0));
                })
                .findFirst()
                .orElseThrow();
    }
}
