package dev.tandem.bench;

import dev.tandem.bench.Tenants.Business;
import dev.tandem.bench.Tenants.Provider;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The booking lifecycle as a provider walks it: confirm, start (the provider turns BUSY), complete (earnings
 * recorded, the provider released), each one change. The bookings are made beforehand by the admin, assigned to
 * the provider at slots that never overlap, inside working hours set for every day.
 */
final class LifecycleMix implements Mix {

    private static final List<String> STEPS = List.of("CONFIRMED", "IN_PROGRESS", "COMPLETED");
    private static final Map<String, String> ANNOUNCED_BY = Map.of(
            "CONFIRMED", "booking.confirmed", "IN_PROGRESS", "booking.started", "COMPLETED", "booking.completed");
    private static final Duration SLOT = Duration.ofMinutes(30);
    private static final int SLOTS_A_DAY = 46;

    private final Http http;
    /** Each provider's bookings still to walk, the current one first, with the step it is at. */
    private final Map<String, Deque<Walk>> walks = new ConcurrentHashMap<>();

    private final Map<String, Integer> booked = new ConcurrentHashMap<>();
    private final Instant firstDay = LocalDate.now(ZoneOffset.UTC)
            .plusDays(2)
            .atStartOfDay(ZoneOffset.UTC)
            .toInstant();

    private static final class Walk {
        final String bookingId;
        int step;

        Walk(String bookingId) {
            this.bookingId = bookingId;
        }
    }

    LifecycleMix(Http http) {
        this.http = http;
    }

    @Override
    public String name() {
        return "lifecycle";
    }

    @Override
    public Set<String> announcedBy() {
        return Set.copyOf(ANNOUNCED_BY.values());
    }

    @Override
    public void prepare(List<Business> businesses, int changesEach) throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            var tasks = new ArrayList<Callable<Void>>();
            for (Business business : businesses) {
                String customerId = customerOf(business);
                for (Provider provider : business.providers()) {
                    tasks.add(() -> {
                        while (stepsLeft(provider) < changesEach) {
                            book(business, customerId, provider);
                        }
                        return null;
                    });
                }
            }
            for (var done : pool.invokeAll(tasks)) {
                done.get();
            }
        }
    }

    @Override
    public Sent change(Provider provider) throws Exception {
        Walk walk = walks.get(provider.id()).peekFirst();
        if (walk == null) {
            throw new IllegalStateException("No booking left to walk for " + provider.id());
        }
        String step = STEPS.get(walk.step);
        var answer = http.call(
                "PUT", "/api/provider/bookings", Map.of("bookingId", walk.bookingId, "status", step), provider.token());
        if (answer.status() == 200) {
            walk.step++;
            if (walk.step == STEPS.size()) {
                walks.get(provider.id()).pollFirst();
            }
        }
        return new Sent(answer.status(), walk.bookingId, ANNOUNCED_BY.get(step), answer.retryAfter() != null);
    }

    /** Completes the jobs left started (not measured), so that no provider stays BUSY after a run stopped. */
    void finishStartedJobs(List<Provider> providers) throws Exception {
        for (Provider provider : providers) {
            Deque<Walk> queue = walks.get(provider.id());
            Walk walk = queue == null ? null : queue.peekFirst();
            if (walk != null && STEPS.get(walk.step).equals("COMPLETED")) {
                change(provider);
            }
        }
    }

    private int stepsLeft(Provider provider) {
        return walks.getOrDefault(provider.id(), new ArrayDeque<>()).stream()
                .mapToInt(walk -> STEPS.size() - walk.step)
                .sum();
    }

    private final Map<String, String> customers = new ConcurrentHashMap<>();

    private String customerOf(Business business) throws Exception {
        if (!customers.containsKey(business.id())) {
            customers.put(business.id(), http.newCustomer(business.adminToken()));
        }
        return customers.get(business.id());
    }

    /** The provider's next booking, at the next free half hour, assigned to it (PENDING, to be confirmed). */
    private void book(Business business, String customerId, Provider provider) throws Exception {
        int slot = booked.merge(provider.id(), 1, Integer::sum) - 1;
        Instant start = firstDay.plus(Duration.ofDays(slot / SLOTS_A_DAY)).plus(SLOT.multipliedBy(slot % SLOTS_A_DAY));
        String bookingId = http.book(business.adminToken(), customerId, provider.id(), start, SLOT);
        walks.computeIfAbsent(provider.id(), id -> new java.util.concurrent.ConcurrentLinkedDeque<>())
                .addLast(new Walk(bookingId));
    }
}
