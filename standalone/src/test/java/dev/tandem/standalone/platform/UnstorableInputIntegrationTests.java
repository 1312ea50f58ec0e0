package dev.tandem.standalone.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.kernel.PayRate;
import dev.tandem.kernel.PayRateType;
import dev.tandem.standalone.booking.Bookings;
import dev.tandem.standalone.provider.Providers;
import dev.tandem.standalone.support.Api;
import dev.tandem.standalone.support.HttpTests;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Text a read model cannot store (a NUL character, half a surrogate pair) and amounts whose sums would
 * overflow are refused at the door, each as a field error that changes nothing: such a value once reached the
 * events and stopped the views of every business.
 */
class UnstorableInputIntegrationTests extends HttpTests {

    private static final String NUL = "\u0000";
    private static final Instant START = Instant.parse("2027-05-04T09:00:00Z");

    Api.Session admin;
    Bookings bookings;

    @BeforeEach
    void signUpAnAdmin() {
        admin = api.signUp();
        bookings = new Bookings(api);
    }

    @Test
    void aNulCharacterInABookingsNotesIsRefusedAndNothingIsBooked() {
        var body = Bookings.newBooking(START, null);
        body.put("notes", "Ring twice" + NUL);

        var response = bookings.create(admin, body);

        assertFieldRefused(response, "notes");
        assertThat(api.get("/api/bookings").as(admin).send().body().get("items"))
                .isEmpty();
    }

    @Test
    void aNulCharacterAnywhereInABodyIsRefusedByItsField() {
        var body = Bookings.newBooking(START, null);
        body.put("customer", Map.of("name", "Ada" + NUL, "address", "1 Rue de Rivoli", "lat", 48.86, "lng", 2.34));

        assertFieldRefused(bookings.create(admin, body), "customer.name");
        assertFieldRefused(
                api.put("/api/admin/business")
                        .as(admin)
                        .json(Map.of("name", "Sparkle" + NUL))
                        .send(),
                "name");
        assertFieldRefused(
                api.post("/api/admin/providers")
                        .as(admin)
                        .json(Map.of("name", "Camille" + NUL, "email", "c@example.com", "skills", List.of()))
                        .send(),
                "name");
        assertThat(api.get("/api/admin/business")
                        .as(admin)
                        .send()
                        .body()
                        .get("version")
                        .asLong())
                .isZero();
        assertThat(api.get("/api/admin/providers").as(admin).send().body().get("items"))
                .isEmpty();
    }

    @Test
    void otherControlCharactersAndBrokenSurrogatesAreRefusedButLineBreaksAreKept() {
        var provider = bookings.provider(admin);

        assertFieldRefused(profile(provider, "Bell\u0007"), "bio");
        // As JSON escapes: a Java string with half a pair would reach the server as "?" in UTF-8.
        assertFieldRefused(
                api.put("/api/provider/profile")
                        .as(provider.session())
                        .json("{\"bio\": \"Half a pair \\uD83D\"}")
                        .send(),
                "bio");
        var kept = profile(provider, "Mornings only.\r\nNo pets, please.\tThanks");

        assertThat(kept.status()).isEqualTo(200);
        assertThat(kept.body().get("bio").asString()).isEqualTo("Mornings only.\r\nNo pets, please.\tThanks");
    }

    @Test
    void aNulCharacterInAQueryParameterIsRefusedByName() {
        var response = api.get("/api/admin/customers?q=Ada%00").as(admin).send();

        assertFieldRefused(response, "q");
    }

    @Test
    void aTipThatWouldOverflowTheLedgerIsRefusedAndTheEarningsStay() {
        var provider = bookings.provider(admin, new PayRate(PayRateType.PERCENTAGE, 5_000, START.minusSeconds(86_400)));
        String bookingId = bookings.booked(admin, START, provider).get("id").asString();
        bookings.runToCompletion(provider, bookingId);
        assertThat(tip(bookingId, 100_000_000_000L).status()).isEqualTo(201);

        assertFieldRefused(tip(bookingId, 1), "amountCents");
        assertFieldRefused(tip(bookingId, Long.MAX_VALUE), "amountCents");

        var earnings = api.get("/api/admin/earnings?providerId=" + provider.id())
                .as(admin)
                .send();
        assertThat(earnings.body().get("totals").get("tipCents").asLong()).isEqualTo(100_000_000_000L);
    }

    @Test
    void aPriceOrPayRateBeyondAnyRealJobIsRefused() {
        var body = Bookings.newBooking(START, null);
        body.put("priceCents", Long.MAX_VALUE);
        assertFieldRefused(bookings.create(admin, body), "priceCents");

        var provider = new Providers(api).registerAndLogIn(admin, "Lucas Provider");
        var rate = api.post("/api/admin/providers/legacy")
                .as(admin)
                .json(Map.of("providerId", provider.id(), "type", "FLAT", "amount", Long.MAX_VALUE))
                .send();
        assertThat(rate.status()).isEqualTo(400);
    }

    private Api.Response profile(Bookings.Provider provider, String bio) {
        return api.put("/api/provider/profile")
                .as(provider.session())
                .json(Map.of("bio", bio))
                .send();
    }

    private Api.Response tip(String bookingId, long amountCents) {
        return api.post("/api/bookings/" + bookingId + "/tip")
                .as(admin)
                .json(Map.of("amountCents", amountCents))
                .send();
    }

    private static void assertFieldRefused(Api.Response response, String field) {
        assertThat(response.status()).as(response.text()).isEqualTo(400);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.body().get("errors").get(0).get("field").asString()).isEqualTo(field);
    }
}
