package dev.tandem.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Businesses made through the API for a benchmark: an admin each, and providers signed in. */
final class Tenants {

    private static final String PASSWORD = "bench password 2026";
    /** Working hours every day, so the booking lifecycle can book any half hour. */
    private static final List<Map<String, String>> EVERY_DAY = java.util.Arrays.stream(java.time.DayOfWeek.values())
            .map(day -> Map.of("dayOfWeek", day.name(), "start", "00:00", "end", "23:30"))
            .toList();

    record Provider(String id, String token) {}

    record Business(String id, String adminToken, List<Provider> providers) {}

    private Tenants() {}

    static List<Business> create(Http http, int businesses, int providersEach) throws Exception {
        var made = new ArrayList<Business>();
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (int b = 0; b < businesses; b++) {
                var admin = http.post(
                                "/api/auth/signup",
                                Map.of(
                                        "businessName", "Bench " + b,
                                        "timeZone", "UTC",
                                        "name", "Admin " + b,
                                        "email", "admin-" + UUID.randomUUID() + "@bench.example",
                                        "password", PASSWORD),
                                null)
                        .expect(201)
                        .body();
                String token = admin.get("token").asString();
                var tasks = new ArrayList<Callable<Provider>>();
                for (int p = 0; p < providersEach; p++) {
                    int number = p;
                    tasks.add(() -> provider(http, token, number));
                }
                var providers = new ArrayList<Provider>();
                for (Future<Provider> provider : pool.invokeAll(tasks)) {
                    providers.add(provider.get());
                }
                made.add(new Business(admin.get("business").get("id").asString(), token, providers));
            }
        }
        return made;
    }

    private static Provider provider(Http http, String adminToken, int number) throws Exception {
        String email = "provider-" + UUID.randomUUID() + "@bench.example";
        var registered = http.post(
                        "/api/admin/providers",
                        Map.of(
                                "name",
                                "Provider " + number,
                                "email",
                                email,
                                "skills",
                                List.of("cleaning"),
                                "payRate",
                                Map.of("type", "PERCENTAGE", "amount", 7000),
                                "password",
                                PASSWORD),
                        adminToken)
                .expect(201)
                .body();
        var login = http.post("/api/auth/login", Map.of("email", email, "password", PASSWORD), null)
                .expect(200)
                .body();
        String token = login.get("token").asString();
        http.post("/api/provider/availability", Map.of("weeklyHours", EVERY_DAY), token)
                .expect(200);
        return new Provider(registered.get("id").asString(), token);
    }
}
