package dev.tandem.standalone.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.standalone.booking.Bookings;
import dev.tandem.standalone.support.Api;
import dev.tandem.standalone.support.StandaloneTest;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Calendar feeds as a calendar app reads them: parsed with an iCalendar library, without signing in. */
@StandaloneTest
class CalendarFeedIntegrationTests {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    /** Ten in the morning in New York, before daylight saving time begins there. */
    private static final java.time.Instant TEN_IN_NEW_YORK = java.time.Instant.parse("2027-03-02T15:00:00Z");

    @LocalServerPort
    int port;

    Api api;
    Bookings bookings;
    Api.Session admin;
    Bookings.Provider provider;
    String job;

    @BeforeEach
    void aBusinessInNewYorkWithAJob() {
        api = new Api(port);
        bookings = new Bookings(api);
        admin = api.signUp();
        api.put("/api/admin/business")
                .as(admin)
                .json(Map.of("timeZone", NEW_YORK.getId()))
                .send();
        provider = bookings.provider(admin);
        var body = Bookings.newBooking(TEN_IN_NEW_YORK, provider.id());
        body.put(
                "customer",
                Map.of(
                        "name", "Ada Lovelace",
                        "email", "ada@customer.example",
                        "phone", "+1 212 555 0101",
                        "address", "1 Rue de Rivoli, Paris",
                        "lat", 48.8606,
                        "lng", 2.3376));
        var created = bookings.create(admin, body);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        job = created.body().get("id").asString();
    }

    @Test
    void aProvidersFeedHasItsJobsInTheBusinesssTimeZoneWithoutTheCustomersContactDetails() throws Exception {
        String url = ownFeed(provider);
        assertThat(url).matches("http://localhost:" + port + "/ical/[A-Za-z0-9_-]{40,}\\.ics");

        var answer = fetch(url);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/calendar");
        Calendar calendar = parse(answer.body());
        VEvent event = onlyEvent(calendar);

        assertThat(value(event, Property.UID)).isEqualTo(job);
        assertThat(event.getProperty(Property.DTSTART)
                        .orElseThrow()
                        .getParameter("TZID")
                        .orElseThrow()
                        .getValue())
                .isEqualTo(NEW_YORK.getId());
        assertThat(event.<ZonedDateTime>getStartDate().orElseThrow().getDate().toInstant())
                .isEqualTo(TEN_IN_NEW_YORK);
        assertThat(value(event, Property.DTSTART))
                .as("local time, with the zone named")
                .isEqualTo("20270302T100000");
        assertThat(calendar.<VTimeZone>getComponents(VTimeZone.VTIMEZONE))
                .extracting(zone -> zone.getTimeZoneId().getValue())
                .containsExactly(NEW_YORK.getId());
        assertThat(value(event, Property.SUMMARY)).isEqualTo("Cleaning · Ada");
        assertThat(value(event, Property.LOCATION)).isEqualTo("1 Rue de Rivoli, Paris");
        assertThat(value(event, Property.STATUS)).isEqualTo("TENTATIVE");
        assertThat(answer.body()).doesNotContain("ada@customer.example", "555", "Lovelace");
    }

    @Test
    void aFeedFollowsTheBookingAndACancelledOneStaysAsCancelled() throws Exception {
        String url = ownFeed(provider);
        int firstSequence = Integer.parseInt(value(onlyEvent(parse(fetch(url).body())), Property.SEQUENCE));

        bookings.move(provider, job, "CONFIRMED");
        assertThat(value(onlyEvent(parse(fetch(url).body())), Property.STATUS)).isEqualTo("CONFIRMED");
        api.patch("/api/bookings/" + job)
                .as(admin)
                .json(Map.of("status", "CANCELLED", "reason", "the customer moved away"))
                .send();

        VEvent cancelled = onlyEvent(parse(fetch(url).body()));
        assertThat(value(cancelled, Property.UID)).isEqualTo(job);
        assertThat(value(cancelled, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(Integer.parseInt(value(cancelled, Property.SEQUENCE)))
                .as("a later version replaces the event in the calendar")
                .isGreaterThan(firstSequence);
    }

    @Test
    void aResetFeedHasANewAddressAndTheOldOneAnswersNotFound() throws Exception {
        String old = ownFeed(provider);
        assertThat(ownFeed(provider)).as("the same address until it is reset").isEqualTo(old);

        var reset = api.post("/api/provider/calendar-feed/reset")
                .as(provider.session())
                .send();

        String renewed = reset.body().get("url").asString();
        assertThat(reset.status()).isEqualTo(200);
        assertThat(renewed).isNotEqualTo(old);
        assertThat(fetch(old).statusCode()).isEqualTo(404);
        assertThat(fetch(renewed).statusCode()).isEqualTo(200);
    }

    @Test
    void anAdminHasTheBusinesssFeedAndEachProvidersButNoOtherBusinesss() throws Exception {
        var colleague = bookings.provider(admin);
        String colleaguesJob = bookings.booked(admin, TEN_IN_NEW_YORK.plusSeconds(7200), colleague)
                .get("id")
                .asString();

        String business = api.get("/api/admin/calendar-feed")
                .as(admin)
                .send()
                .body()
                .get("url")
                .asString();
        assertThat(parse(fetch(business).body()).<VEvent>getComponents(VEvent.VEVENT))
                .extracting(event -> value(event, Property.UID), event -> value(event, Property.SUMMARY))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(job, "Cleaning · Ada · Pat Provider"),
                        org.assertj.core.groups.Tuple.tuple(colleaguesJob, "Cleaning · Ada · Pat Provider"));
        String colleagues = api.get("/api/admin/calendar-feed?providerId=" + colleague.id())
                .as(admin)
                .send()
                .body()
                .get("url")
                .asString();
        assertThat(colleagues).isEqualTo(ownFeed(colleague));
        assertThat(value(onlyEvent(parse(fetch(colleagues).body())), Property.UID))
                .isEqualTo(colleaguesJob);

        var stranger = api.signUp();
        assertThat(api.get("/api/admin/calendar-feed?providerId=" + provider.id())
                        .as(stranger)
                        .send()
                        .status())
                .isEqualTo(404);
        String strangersFeed = api.get("/api/admin/calendar-feed")
                .as(stranger)
                .send()
                .body()
                .get("url")
                .asString();
        assertThat(fetch(withBusinessOf(strangersFeed, admin.businessId())).statusCode())
                .as("another business's id with a secret that is not its own opens nothing")
                .isEqualTo(404);
        assertThat(fetch("http://localhost:" + port + "/ical/not-a-token.ics").statusCode())
                .isEqualTo(404);
        assertThat(api.get("/api/admin/calendar-feed")
                        .as(provider.session())
                        .send()
                        .status())
                .isEqualTo(403);
    }

    private String ownFeed(Bookings.Provider whose) {
        return api.get("/api/provider/calendar-feed")
                .as(whose.session())
                .send()
                .body()
                .get("url")
                .asString();
    }

    /** The feed's address with its token's business part replaced, keeping its secret part. */
    private static String withBusinessOf(String url, String businessId) {
        String token = url.replaceAll(".*/ical/", "").replace(".ics", "");
        byte[] bytes = Base64.getUrlDecoder().decode(token);
        var business = java.util.UUID.fromString(businessId);
        var buffer = java.nio.ByteBuffer.wrap(bytes);
        buffer.putLong(business.getMostSignificantBits());
        buffer.putLong(business.getLeastSignificantBits());
        return url.replace(token, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    private static HttpResponse<String> fetch(String url) throws Exception {
        try (var http = HttpClient.newHttpClient()) {
            return http.send(
                    HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private static Calendar parse(String text) throws Exception {
        return new CalendarBuilder().build(new StringReader(text));
    }

    private static VEvent onlyEvent(Calendar calendar) {
        List<VEvent> events = calendar.getComponents(VEvent.VEVENT);
        assertThat(events).hasSize(1);
        return events.getFirst();
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElse(null);
    }
}
