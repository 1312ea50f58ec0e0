package dev.tandem.standalone.booking;

import static dev.tandem.standalone.booking.Bookings.TEN_AM;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.standalone.support.Api;
import dev.tandem.standalone.support.HttpTests;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Not yours = not found: another business's admin, or another provider of the same business, learns
 * nothing about a booking, and no list shows a row that is not the caller's.
 */
class BookingIsolationIntegrationTests extends HttpTests {

    Bookings bookings;
    Api.Session admin;
    Bookings.Provider provider;
    Api.Session otherAdmin;
    Bookings.Provider otherBusinessProvider;
    Bookings.Provider colleague;
    String bookingId;

    @BeforeEach
    void setUp() {
        bookings = new Bookings(api);
        admin = api.signUp();
        provider = bookings.provider(admin);
        colleague = bookings.provider(admin);
        otherAdmin = api.signUp();
        otherBusinessProvider = bookings.provider(otherAdmin);
        bookingId = bookings.booked(admin, TEN_AM, provider).get("id").asString();
    }

    /** Every endpoint that names a booking, as a request builder for a given caller. */
    static Stream<Arguments> endpointsWithAnId() {
        return Stream.of(
                endpoint("GET /api/bookings/{id}", (t) -> t.api.get("/api/bookings/" + t.bookingId)),
                endpoint(
                        "PATCH /api/bookings/{id}",
                        (t) -> t.api.patch("/api/bookings/" + t.bookingId).json(Map.of("notes", "mine now"))),
                endpoint(
                        "POST /api/bookings/{id}/rating",
                        (t) -> t.api.post("/api/bookings/" + t.bookingId + "/rating")
                                .json(Map.of("stars", 5))),
                endpoint(
                        "POST /api/bookings/{id}/tip",
                        (t) -> t.api.post("/api/bookings/" + t.bookingId + "/tip")
                                .json(Map.of("amountCents", 100))),
                endpoint(
                        "PUT /api/provider/bookings",
                        (t) -> t.api.put("/api/provider/bookings")
                                .json(Map.of("bookingId", t.bookingId, "status", "CONFIRMED"))));
    }

    private static Arguments endpoint(String name, Function<BookingIsolationIntegrationTests, Api.Request> request) {
        return Arguments.of(name, request);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpointsWithAnId")
    void anotherBusinessFindsNoSuchBooking(
            String name, Function<BookingIsolationIntegrationTests, Api.Request> request) {
        Api.Session caller = name.contains("/api/provider/") ? otherBusinessProvider.session() : otherAdmin;

        var response = request.apply(this).as(caller).send();

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.body().get("detail").asString()).doesNotContain(bookingId);
        assertUnchanged();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpointsWithAnId")
    void anotherProviderOfTheSameBusinessFindsNoSuchBookingOrMayNotUseTheAdminsEndpoint(
            String name, Function<BookingIsolationIntegrationTests, Api.Request> request) {
        var response = request.apply(this).as(colleague.session()).send();

        // Endpoints a provider may use answer "not found"; the admin-only ones refuse the role first (docs/api.md).
        boolean providerMayUse = name.startsWith("GET") || name.contains("/api/provider/");
        assertThat(response.status()).isEqualTo(providerMayUse ? 404 : 403);
        assertUnchanged();
    }

    @Test
    void theAssignedProviderReadsItsOwnBooking() {
        assertThat(api.get("/api/bookings/" + bookingId)
                        .as(provider.session())
                        .send()
                        .status())
                .isEqualTo(200);
    }

    @Test
    void listsNeverShowAnotherBusinessesOrAnotherProvidersBookings() {
        bookings.booked(otherAdmin, TEN_AM, otherBusinessProvider);

        assertThat(ids(api.get("/api/bookings").as(otherAdmin).send())).doesNotContain(bookingId);
        assertThat(ids(api.get("/api/bookings?providerId=" + provider.id())
                        .as(otherAdmin)
                        .send()))
                .isEmpty();
        assertThat(ids(api.get("/api/provider/bookings").as(colleague.session()).send()))
                .isEmpty();
        assertThat(ids(api.get("/api/provider/bookings")
                        .as(otherBusinessProvider.session())
                        .send()))
                .doesNotContain(bookingId)
                .hasSize(1);
        assertThat(ids(api.get("/api/bookings").as(admin).send())).containsExactly(bookingId);
    }

    @Test
    void anotherBusinessCannotBookOneOfOurProviders() {
        var refused = bookings.create(otherAdmin, Bookings.newBooking(TEN_AM.plusSeconds(7200), provider.id()));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("errors").get(0).get("field").asString()).isEqualTo("providerId");
    }

    private void assertUnchanged() {
        var read = api.get("/api/bookings/" + bookingId).as(admin).send().body();
        assertThat(read.get("version").asLong()).isEqualTo(1);
        assertThat(read.get("notes").isNull()).isTrue();
    }

    private static java.util.List<String> ids(Api.Response response) {
        assertThat(response.status()).isEqualTo(200);
        return StreamSupport.stream(response.body().get("items").spliterator(), false)
                .map(item -> item.get("id").asString())
                .toList();
    }
}
