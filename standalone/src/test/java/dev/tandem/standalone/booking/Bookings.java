package dev.tandem.standalone.booking;

import dev.tandem.command.account.AccountService;
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.PayRate;
import dev.tandem.kernel.ProviderId;
import dev.tandem.kernel.Role;
import dev.tandem.standalone.support.Api;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** The booking flows the HTTP tests start from: providers, a booking, moving it along. */
public final class Bookings {

    /** Tuesday 2 March 2027, 10:00 in Paris (the test businesses' time zone). */
    public static final Instant TEN_AM = Instant.parse("2027-03-02T09:00:00Z");

    private final Api api;
    private final AccountService accounts;
    private final ProviderAndCustomerStandIns.TestProviders providers;

    public Bookings(Api api, AccountService accounts, ProviderAndCustomerStandIns.TestProviders providers) {
        this.api = api;
        this.accounts = accounts;
        this.providers = providers;
    }

    /** A provider signed in, and its id. */
    public record Provider(Api.Session session, String id) {}

    /** A provider of the admin's business with a login, working every day, paid at the given rates. */
    public Provider provider(Api.Session admin, PayRate... rates) {
        var businessId = BusinessId.of(admin.businessId());
        var providerId = ProviderId.newId();
        providers.register(businessId, providerId, rates);
        String email = "provider-" + UUID.randomUUID() + "@example.com";
        String invite = accounts.invite(businessId, Role.PROVIDER, providerId, email, "Pat Provider");
        var accepted = api.post("/api/auth/accept-invite")
                .json(Map.of("inviteToken", invite, "password", Api.PASSWORD))
                .send();
        if (accepted.status() != 200) {
            throw new IllegalStateException("Accepting the invite failed: " + accepted.text());
        }
        return new Provider(Api.Session.of(accepted.body(), email), providerId.toString());
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
        if (response.status() != 200) {
            throw new IllegalStateException("Expected 200: " + response.status() + " " + response.text());
        }
        return response;
    }
}
