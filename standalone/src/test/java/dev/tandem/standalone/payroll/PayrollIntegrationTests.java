package dev.tandem.standalone.payroll;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.kernel.PayRate;
import dev.tandem.kernel.PayRateType;
import dev.tandem.standalone.booking.Bookings;
import dev.tandem.standalone.support.Api;
import dev.tandem.standalone.support.MovableClock;
import dev.tandem.standalone.support.StandaloneTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Pay periods and statements over HTTP, with a clock that can be moved to the day after a period, so that one can
 * be closed (its jobs, like every booking, lie in the future of the real clock).
 */
@StandaloneTest
@Import(PayrollIntegrationTests.Clocks.class)
@TestPropertySource(properties = "tandem.database.database-name=payroll")
class PayrollIntegrationTests {

    @TestConfiguration
    static class Clocks {
        @Bean
        MovableClock clock() {
            return new MovableClock();
        }
    }

    /** A Monday; 10:00 in New York is 15:00 UTC in early March. */
    private static final Instant TUESDAY_MARCH_2 = Instant.parse("2027-03-02T15:00:00Z");

    @LocalServerPort
    int port;

    @Autowired
    MovableClock clock;

    Api api;
    Bookings bookings;
    Api.Session admin;
    Bookings.Provider provider;

    @BeforeEach
    void aBusinessInNewYorkPayingAQuarterOfThePrice() {
        api = new Api(port);
        bookings = new Bookings(api);
        admin = api.signUp();
        api.put("/api/admin/business")
                .as(admin)
                .json(Map.of("timeZone", "America/New_York"))
                .send();
        provider = bookings.provider(admin, new PayRate(PayRateType.PERCENTAGE, 2500, Bookings.PAY_RATES_FROM));
    }

    @AfterEach
    void backToToday() {
        clock.reset();
    }

    @Test
    void periodsFollowEachFrequencyIncludingMonthEnds() {
        assertThat(api.get("/api/admin/pay-schedule")
                        .as(admin)
                        .send()
                        .body()
                        .get("chosen")
                        .asBoolean())
                .as("calendar months until the business chooses")
                .isFalse();
        assertThat(starts(Map.of("frequency", "WEEKLY", "anchorDate", "2027-03-01"), "2027-03-01", "2027-03-20"))
                .containsExactly("2027-03-15..2027-03-21", "2027-03-08..2027-03-14", "2027-03-01..2027-03-07");
        assertThat(starts(Map.of("frequency", "BIWEEKLY", "anchorDate", "2027-03-01"), "2027-03-01", "2027-03-20"))
                .containsExactly("2027-03-15..2027-03-28", "2027-03-01..2027-03-14");
        assertThat(starts(Map.of("frequency", "SEMIMONTHLY", "anchorDate", "2027-01-01"), "2027-02-10", "2027-03-02"))
                .containsExactly("2027-03-01..2027-03-15", "2027-02-16..2027-02-28", "2027-02-01..2027-02-15");
        assertThat(starts(Map.of("frequency", "MONTHLY", "anchorDate", "2027-01-31"), "2027-02-28", "2027-04-29"))
                .containsExactly("2027-03-31..2027-04-29", "2027-02-28..2027-03-30");
        assertThat(api.get("/api/admin/pay-schedule")
                        .as(admin)
                        .send()
                        .body()
                        .get("frequency")
                        .asString())
                .isEqualTo("MONTHLY");
    }

    @Test
    void aJobCountsOnItsLocalDayEvenAcrossTheChangeToSummerTime() {
        put(Map.of("frequency", "WEEKLY", "anchorDate", "2027-03-01"));
        // Sunday 14 March 2027, 21:00 in New York, the day clocks go forward: Monday 01:00 UTC.
        String job = bookings.booked(admin, Instant.parse("2027-03-15T01:00:00Z"), provider)
                .get("id")
                .asString();
        bookings.runToCompletion(provider, job);

        JsonNode sundays = statements("2027-03-08").getFirst();
        assertThat(sundays.get("lines").get(0).get("bookingId").asString()).isEqualTo(job);
        assertThat(sundays.get("lines").get(0).get("jobDate").asString()).isEqualTo("2027-03-14");
        assertThat(statements("2027-03-15")).isEmpty();
    }

    @Test
    void closingAPeriodCarriesWhatComesLaterIntoTheNextOpenOneAndStatementsAddUpToTheLedger() throws Exception {
        put(Map.of("frequency", "WEEKLY", "anchorDate", "2027-03-01"));
        String job = bookings.booked(admin, TUESDAY_MARCH_2, provider).get("id").asString();
        bookings.runToCompletion(provider, job);

        var tooSoon =
                api.post("/api/admin/pay-periods/2027-03-01/close").as(admin).send();
        assertThat(tooSoon.status()).isEqualTo(409);
        assertThat(tooSoon.body().get("detail").asString())
                .isEqualTo("This pay period runs until 2027-03-07: it can be closed from 2027-03-08.");

        clock.moveTo(Instant.parse("2027-03-09T12:00:00Z"));
        assertThat(api.post("/api/admin/pay-periods/2027-03-02/close")
                        .as(admin)
                        .send()
                        .status())
                .as("not a period's first day")
                .isEqualTo(400);
        var closed =
                api.post("/api/admin/pay-periods/2027-03-01/close").as(admin).send();
        assertThat(closed.status()).as(closed.text()).isEqualTo(200);
        assertThat(closed.body().get("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.body().get("totalCents").asLong()).isEqualTo(2_500);
        assertThat(api.post("/api/admin/pay-periods/2027-03-01/close")
                        .as(admin)
                        .send()
                        .status())
                .isEqualTo(409);

        assertThat(api.post("/api/bookings/" + job + "/tip")
                        .as(admin)
                        .json(Map.of("amountCents", 700))
                        .send()
                        .status())
                .isLessThan(300);

        JsonNode closedWeek = statements("2027-03-01").getFirst();
        assertThat(closedWeek.get("totals").get("totalCents").asLong())
                .as("a closed period stays")
                .isEqualTo(2_500);
        JsonNode nextWeek = statements("2027-03-08").getFirst();
        assertThat(nextWeek.get("lines")).hasSize(1);
        JsonNode tip = nextWeek.get("lines").get(0);
        assertThat(tip.get("kind").asString()).isEqualTo("TIP");
        assertThat(tip.get("carriedOver").asBoolean()).isTrue();
        assertThat(tip.get("jobDate").asString()).isEqualTo("2027-03-02");
        assertThat(tip.get("tipCents").asLong()).isEqualTo(700);

        JsonNode ledger = api.get("/api/admin/earnings?by=job&from=2027-03-01T00:00:00Z&to=2027-04-01T00:00:00Z")
                .as(admin)
                .send()
                .body()
                .get("totals");
        assertThat(closedWeek.get("totals").get("providerEarningsCents").asLong()
                        + nextWeek.get("totals").get("providerEarningsCents").asLong())
                .as("the statements pay what the ledger recorded")
                .isEqualTo(ledger.get("providerEarningsCents").asLong());
        assertThat(closedWeek.get("totals").get("tipCents").asLong()
                        + nextWeek.get("totals").get("tipCents").asLong())
                .isEqualTo(ledger.get("tipCents").asLong());

        var csv = api.get("/api/admin/pay-periods/2027-03-08/statements")
                .as(admin)
                .header("Accept", "text/csv")
                .send();
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.text().lines().toList())
                .containsExactly(
                        "Provider,Provider id,Period start,Period end,Booking,Line,Job date,Completed,Service,Pay rate,"
                                + "Gross,Earnings,Tip,Carried over,Currency",
                        "Pat Provider," + provider.id() + ",2027-03-08,2027-03-14," + job + ",TIP,2027-03-02,"
                                + completedLocally(job) + ",cleaning,,0.00,0.00,7.00,yes,EUR");

        var pdf = pdf("/api/provider/statements/2027-03-01", provider.session());
        assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/pdf");
        try (var document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Pay statement — Pat Provider", "2027-03-01 to 2027-03-07", "25.00");
        }

        assertThat(api.put("/api/admin/pay-schedule")
                        .as(admin)
                        .json(Map.of("frequency", "MONTHLY", "anchorDate", "2027-03-01"))
                        .send()
                        .status())
                .as("a new schedule must start where the closed periods end")
                .isEqualTo(400);
    }

    @Test
    void aProviderSeesOnlyItsOwnAndAnotherBusinessNothing() throws Exception {
        put(Map.of("frequency", "WEEKLY", "anchorDate", "2027-03-01"));
        var colleague = bookings.provider(admin, new PayRate(PayRateType.FLAT, 4_000, Bookings.PAY_RATES_FROM));
        String mine =
                bookings.booked(admin, TUESDAY_MARCH_2, provider).get("id").asString();
        String theirs =
                bookings.booked(admin, TUESDAY_MARCH_2, colleague).get("id").asString();
        bookings.runToCompletion(provider, mine);
        bookings.runToCompletion(colleague, theirs);

        assertThat(statements("2027-03-01")).hasSize(2);
        JsonNode own = api.get("/api/provider/statements/2027-03-01")
                .as(provider.session())
                .send()
                .body();
        assertThat(own.get("providerId").asString()).isEqualTo(provider.id());
        assertThat(own.get("lines")).hasSize(1);
        assertThat(own.get("lines").get(0).get("bookingId").asString()).isEqualTo(mine);
        assertThat(api.get("/api/provider/statements")
                        .as(provider.session())
                        .send()
                        .body()
                        .get("items"))
                .allSatisfy(statement ->
                        assertThat(statement.get("providerId").asString()).isEqualTo(provider.id()));

        var stranger = api.signUp();
        assertThat(api.get("/api/admin/pay-periods/2027-03-01/statements")
                        .as(stranger)
                        .send()
                        .body()
                        .get("items"))
                .isEmpty();
        assertThat(api.get("/api/admin/pay-periods/2027-03-01/statements/" + provider.id())
                        .as(stranger)
                        .send()
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/admin/pay-periods")
                        .as(provider.session())
                        .send()
                        .status())
                .isEqualTo(403);
    }

    private void put(Map<String, String> schedule) {
        var answer = api.put("/api/admin/pay-schedule").as(admin).json(schedule).send();
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
    }

    private List<String> starts(Map<String, String> schedule, String from, String to) {
        put(schedule);
        var periods = new ArrayList<String>();
        api.get("/api/admin/pay-periods?from=" + from + "&to=" + to)
                .as(admin)
                .send()
                .body()
                .get("items")
                .forEach(period -> periods.add(period.get("start").asString() + ".."
                        + period.get("end").asString()));
        return periods;
    }

    private List<JsonNode> statements(String start) {
        var items = new ArrayList<JsonNode>();
        api.get("/api/admin/pay-periods/" + start + "/statements")
                .as(admin)
                .send()
                .body()
                .get("items")
                .forEach(items::add);
        return items;
    }

    private String completedLocally(String job) {
        Instant completed = Instant.parse(api.get("/api/bookings/" + job)
                .as(admin)
                .send()
                .body()
                .get("completedAt")
                .asString());
        return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .format(completed.atZone(java.time.ZoneId.of("America/New_York")));
    }

    private HttpResponse<byte[]> pdf(String path, Api.Session session) throws Exception {
        try (var http = HttpClient.newHttpClient()) {
            return http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .header("Authorization", "Bearer " + session.token())
                            .header("Accept", "application/pdf")
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        }
    }
}
