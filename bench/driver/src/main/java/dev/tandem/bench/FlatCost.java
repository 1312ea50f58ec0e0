package dev.tandem.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Whether a booking command costs the same for a provider with a long history as for a new one. One business,
 * two providers: one grows {@code events} past events (status changes, one event each), the other is new. Then,
 * taking turns, the admin books each of them (the booking rules load the provider) and the provider confirms
 * (the booking's command), {@code rounds} times; the answers' times are compared, median to median.
 */
final class FlatCost implements BenchDriver.Task {

    private static final String PASSWORD = "bench password 2026";
    private static final List<Map<String, String>> EVERY_DAY = java.util.Arrays.stream(java.time.DayOfWeek.values())
            .map(day -> Map.of("dayOfWeek", day.name(), "start", "00:00", "end", "23:30"))
            .toList();

    private Http http;
    private String adminToken;
    private String customerId;
    private final Instant firstDay = LocalDate.now(ZoneOffset.UTC)
            .plusDays(2)
            .atStartOfDay(ZoneOffset.UTC)
            .toInstant();
    private int slot;

    private record Provider(String id, String token) {}

    @Override
    public void run(String[] arguments) throws Exception {
        var args = new Args(arguments);
        http = new Http(args.integer("port", 8080));
        int events = args.integer("events", 20_000);
        int rounds = args.integer("rounds", 200);
        var admin = http.post(
                        "/api/auth/signup",
                        Map.of(
                                "businessName", "Flat cost",
                                "timeZone", "UTC",
                                "name", "Admin",
                                "email", "admin-" + UUID.randomUUID() + "@bench.example",
                                "password", PASSWORD),
                        null)
                .expect(201)
                .body();
        adminToken = admin.get("token").asString();
        customerId = http.newCustomer(adminToken);
        Provider old = provider("Old hand");
        Provider fresh = provider("New hire");
        long grown = System.nanoTime();
        for (int n = 0; n < events; n++) {
            http.post(
                            "/api/provider/availability",
                            Map.of("status", n % 2 == 0 ? "ON_BREAK" : "AVAILABLE"),
                            old.token())
                    .expect(200);
        }
        System.err.printf("%,d events in %.0f s%n", events, (System.nanoTime() - grown) / 1e9);

        var times = new LinkedHashMap<String, Map<String, List<Double>>>();
        times.put("old", Map.of("book", new ArrayList<>(), "confirm", new ArrayList<>()));
        times.put("fresh", Map.of("book", new ArrayList<>(), "confirm", new ArrayList<>()));
        for (int round = 0; round < rounds; round++) {
            // Each goes first in turn, so neither always follows the other.
            var order = round % 2 == 0 ? List.of("old", "fresh") : List.of("fresh", "old");
            for (String who : order) {
                bookAndConfirm(who.equals("old") ? old : fresh, times.get(who));
            }
        }
        var result = new LinkedHashMap<String, Object>();
        result.put("pastEvents", events);
        result.put("rounds", rounds);
        for (String command : List.of("book", "confirm")) {
            var old50 = Stats.latencies(times.get("old").get(command));
            var fresh50 = Stats.latencies(times.get("fresh").get(command));
            var figures = new LinkedHashMap<String, Object>();
            figures.put("oldProviderMs", old50);
            figures.put("freshProviderMs", fresh50);
            figures.put("ratioOfMedians", Stats.round100((double) old50.get("p50") / (double) fresh50.get("p50")));
            result.put(command, figures);
        }
        System.out.println(Http.JSON.writeValueAsString(result));
    }

    private Provider provider(String name) throws Exception {
        String email = "provider-" + UUID.randomUUID() + "@bench.example";
        String id = http.post(
                        "/api/admin/providers",
                        Map.of(
                                "name", name,
                                "email", email,
                                "skills", List.of("cleaning"),
                                "payRate", Map.of("type", "PERCENTAGE", "amount", 7000),
                                "password", PASSWORD),
                        adminToken)
                .expect(201)
                .body()
                .get("id")
                .asString();
        String token = http.post("/api/auth/login", Map.of("email", email, "password", PASSWORD), null)
                .expect(200)
                .body()
                .get("token")
                .asString();
        http.post("/api/provider/availability", Map.of("weeklyHours", EVERY_DAY), token)
                .expect(200);
        return new Provider(id, token);
    }

    private void bookAndConfirm(Provider provider, Map<String, List<Double>> times) throws Exception {
        // Half hours inside the working hours (00:00 to 23:30), day after day.
        Instant start = firstDay.plus(Duration.ofDays(slot / 46)).plus(Duration.ofMinutes(30L * (slot % 46)));
        slot++;
        long begin = System.nanoTime();
        String bookingId = http.book(adminToken, customerId, provider.id(), start, Duration.ofMinutes(30));
        times.get("book").add((System.nanoTime() - begin) / 1e6);
        begin = System.nanoTime();
        http.call(
                        "PUT",
                        "/api/provider/bookings",
                        Map.of("bookingId", bookingId, "status", "CONFIRMED"),
                        provider.token())
                .expect(200);
        times.get("confirm").add((System.nanoTime() - begin) / 1e6);
    }
}
