package dev.tandem.standalone.booking;

import dev.tandem.kernel.PayRate;
import dev.tandem.standalone.provider.Providers;
import dev.tandem.standalone.support.Api;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** The booking flows the HTTP tests start from: providers, a booking, moving it along. */
public final class Bookings {

    /** Tuesday 2 March 2027, 10:00 in Paris (the test businesses' time zone). */
    public static final Instant TEN_AM = Instant.parse("2027-03-02T09:00:00Z");
    /** Pay rates of the tests apply to every booking they make. */
    public static final Instant PAY_RATES_FROM = Instant.parse("2020-01-01T00:00:00Z");

    /** Working windows from 06:00 to 22:00 on every day of the week. */
    public static final List<Map<String, String>> EVERY_DAY = Arrays.stream(DayOfWeek.values())
            .map(day -> Map.of("dayOfWeek", day.name(), "start", "06:00", "end", "22:00"))
            .toList();

    private final Api api;
    private final Providers providers;

    public Bookings(Api api) {
        this.api = api;
        this.providers = new Providers(api);
    }

    /** A provider signed in, and its id. */
    public record Provider(Api.Session session, String id) {}

    /**
     * A provider of the admin's business with a login, working every day from 06:00 to 22:00, paid at the
     * given rates (none: no pay rate at all).
     */
    public Provider provider(Api.Session admin, PayRate... rates) {
        var body = Providers.registration("Pat Provider");
        body.remove("payRate");
        var registered = providers.register(admin, body);
        expect(201, registered);
        String id = registered.body().get("id").asString();
        var session = providers.logIn((String) body.get("email"), Providers.PROVIDER_PASSWORD);
        expect(
                200,
                api.post("/api/provider/availability")
                        .as(session)
                        .json(Map.of("weeklyHours", EVERY_DAY))
                        .send());
        for (PayRate rate : rates) {
            expect(
                    201,
                    api.post("/api/admin/providers/legacy")
                            .as(admin)
                            .json(Map.of(
                                    "providerId", id,
                                    "type", rate.type().name(),
                                    "amount", rate.amount(),
                                    "effectiveFrom", rate.effectiveFrom().toString()))
                            .send());
        }
        return new Provider(session, id);
    }

    /** The body of a booking for a new customer, starting at the given instant for an hour. */
    public static Map<String, Object> newBooking(Instant start, String providerId) {
        var body = new HashMap<String, Object>();
        body.put(
                "customer",
                Map.of("name", "Ada Customer", "address", "1 Rue de Rivoli, Paris", "lat", 48.8606, "lng", 2.3376));
        body.put("service", "cleaning");
        body.put("scheduledStart", start.toString());
        body.put("durationMinutes", 60);
        body.put("priceCents", 10_000);
        if (providerId != null) {
            body.put("providerId", providerId);
        }
        return body;
    }

    public Api.Response create(Api.Session admin, Map<String, Object> body) {
        return api.post("/api/bookings").as(admin).json(body).send();
    }

    /** Creates a booking that must succeed, and answers its JSON. */
    public JsonNode booked(Api.Session admin, Instant start, Provider provider) {
        var response = create(admin, newBooking(start, provider == null ? null : provider.id()));
        if (response.status() != 201) {
            throw new IllegalStateException("Booking failed: " + response.text());
        }
        return response.body();
    }

    public Api.Response move(Provider provider, String bookingId, String status) {
        return api.put("/api/provider/bookings")
                .as(provider.session())
                .json(Map.of("bookingId", bookingId, "status", status))
                .send();
    }

    /** Confirms, starts and completes the booking as its provider; answers the completion. */
    public Api.Response runToCompletion(Provider provider, String bookingId) {
        expectOk(move(provider, bookingId, "CONFIRMED"));
        expectOk(move(provider, bookingId, "IN_PROGRESS"));
        return expectOk(move(provider, bookingId, "COMPLETED"));
    }

    private static Api.Response expectOk(Api.Response response) {
        return expect(200, response);
    }

    private static Api.Response expect(int status, Api.Response response) {
        if (response.status() != status) {
            throw new IllegalStateException("Expected " + status + ": " + response.status() + " " + response.text());
        }
        return response;
    }
}
