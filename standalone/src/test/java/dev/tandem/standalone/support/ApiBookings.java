package dev.tandem.standalone.support;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

/** Bookings made and moved through the API, for browser tests that need one in a given state. */
public final class ApiBookings {

    private final Api api;

    public ApiBookings(Api api) {
        this.api = api;
    }

    /** A one-hour cleaning job starting that many minutes from now; with a provider when one is named. */
    public String book(Api.Session admin, String providerId, int minutesFromNow) {
        var body = body(minutesFromNow);
        if (providerId != null) {
            body.put("providerId", providerId);
        } else {
            body.put("autoAssign", false);
        }
        return created(admin, body);
    }

    /** A booking without a provider, left to the assignment saga to offer. */
    public String offer(Api.Session admin, int minutesFromNow) {
        return created(admin, body(minutesFromNow));
    }

    private static Map<String, Object> body(int minutesFromNow) {
        var body = new HashMap<String, Object>();
        body.put(
                "customer",
                Map.of(
                        "name", "Ada Customer",
                        "phone", "+33 1 23 45 67 89",
                        "address", "1 Rue de Rivoli, Paris",
                        "lat", 48.8606,
                        "lng", 2.3376));
        body.put("service", "cleaning");
        body.put(
                "scheduledStart",
                Instant.now()
                        .plus(minutesFromNow, ChronoUnit.MINUTES)
                        .truncatedTo(ChronoUnit.MINUTES)
                        .toString());
        body.put("durationMinutes", 60);
        body.put("priceCents", 10_000);
        body.put("notes", "Key under the mat.\nRing twice.");
        return body;
    }

    private String created(Api.Session admin, Map<String, Object> body) {
        var response = api.post("/api/bookings").as(admin).json(body).send();
        if (response.status() != 201) {
            throw new IllegalStateException("Booking failed: " + response.text());
        }
        return response.body().get("id").asString();
    }

    public void move(Api.Session provider, String bookingId, String... statuses) {
        for (String status : statuses) {
            var response = api.put("/api/provider/bookings")
                    .as(provider)
                    .json(Map.of("bookingId", bookingId, "status", status))
                    .send();
            if (response.status() != 200) {
                throw new IllegalStateException("Move to " + status + " failed: " + response.text());
            }
        }
    }
}
