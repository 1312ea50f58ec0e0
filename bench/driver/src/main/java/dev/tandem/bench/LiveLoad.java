package dev.tandem.bench;

import dev.tandem.bench.Listeners.Delivery;
import dev.tandem.bench.Tenants.Business;
import dev.tandem.bench.Tenants.Provider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Providers change their status over HTTP at a fixed rate while admins and providers listen over STOMP;
 * measures, at the subscribers, how long each change takes to arrive, and whether any is lost, duplicated or
 * delivered to someone who may not see it.
 *
 * <p>Each business has {@code admins} admin connections and one connection per provider. A status change
 * concerns its provider: it must reach the business's admin connections and that provider's, once each.
 */
final class LiveLoad implements BenchDriver.Task {

    private static final String TYPE = "provider.status_changed";

    private final Queue deliveries = new Queue();
    /** When each change of each provider was sent (System.nanoTime), in order. */
    private final Map<String, List<Long>> sentAt = new ConcurrentHashMap<>();

    private final Map<String, Boolean> onBreak = new ConcurrentHashMap<>();
    private final Set<String> busy = ConcurrentHashMap.newKeySet();
    private final Map<String, Set<Integer>> recipientsOf = new HashMap<>();
    private Http http;
    private int silent;

    @Override
    public void run(String[] arguments) throws Exception {
        var args = new Args(arguments);
        http = new Http(args.integer("port", 8080));
        int seconds = args.integer("seconds", 60);
        var businesses = Tenants.create(http, args.integer("businesses", 10), args.integer("providers", 95));
        int subscribers = subscribe(new Listeners(args.integer("port", 8080)), businesses, args.integer("admins", 5));
        System.err.printf("%d subscribers connected; warming up%n", subscribers);
        var providers = businesses.stream().flatMap(b -> b.providers().stream()).toList();
        warmUp(providers, subscribers);

        var results = new LinkedHashMap<String, Object>();
        results.put("subscribers", subscribers);
        results.put("subscribersSilentAfterWarmUp", silent);
        results.put("businesses", businesses.size());
        results.put("providers", providers.size());
        var levels = new ArrayList<Map<String, Object>>();
        for (String rate : args.text("rates", "100,300").split(",")) {
            levels.add(level(providers, Integer.parseInt(rate.strip()), seconds));
        }
        results.put("levels", levels);
        results.put(
                "closedLoop", closedLoop(providers, args.integer("concurrency", 16), args.integer("changes", 3000)));
        String json = Http.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(results);
        Files.writeString(Path.of(args.text("out", "live-load.json")), json);
        System.out.println(json);
        System.exit(0);
    }

    private int subscribe(Listeners listeners, List<Business> businesses, int admins) throws Exception {
        var opened = new ArrayList<java.util.concurrent.CompletableFuture<?>>();
        int subscriber = 0;
        for (Business business : businesses) {
            var adminSubscribers = new HashSet<Integer>();
            for (int a = 0; a < admins; a++) {
                adminSubscribers.add(subscriber);
                opened.add(listeners.open(subscriber++, business.adminToken(), deliveries::add));
            }
            for (Provider provider : business.providers()) {
                var recipients = new HashSet<>(adminSubscribers);
                recipients.add(subscriber);
                recipientsOf.put(provider.id(), recipients);
                opened.add(listeners.open(subscriber++, provider.token(), deliveries::add));
            }
        }
        for (var connection : opened) {
            connection.get(60, TimeUnit.SECONDS);
        }
        return subscriber;
    }

    /**
     * Lets the server digest the set-up (its projections catch up with every registration), then makes one
     * change per provider: every subscriber has heard something once they are all in.
     */
    private void warmUp(List<Provider> providers, int subscribers) throws Exception {
        settle(providers.getFirst());
        level(providers, 50, Math.max(1, providers.size() / 50));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (deliveries.subscribersHeard() < subscribers && System.nanoTime() < deadline) {
            change(providers.get((int) (Math.random() * providers.size())));
            Thread.sleep(20);
        }
        // A subscriber that heard nothing by now lost its connection (reported); the rest are measured.
        Set<Integer> alive = deliveries.subscribersHeardSet();
        recipientsOf.values().forEach(recipients -> recipients.retainAll(alive));
        silent = subscribers - alive.size();
        Thread.sleep(2000);
        deliveries.drain();
    }

    private void settle(Provider probe) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline) {
            long begin = System.nanoTime();
            change(probe);
            if (System.nanoTime() - begin < TimeUnit.MILLISECONDS.toNanos(200)) {
                return;
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("The server did not settle after the set-up");
    }

    /** Open loop: a change every 1/rate seconds, whatever the answers do, for the given time. */
    private Map<String, Object> level(List<Provider> providers, int rate, int seconds) throws Exception {
        deliveries.drain();
        sentAt.clear();
        var httpMillis = new ConcurrentLinkedQueue<Double>();
        var changes = new ConcurrentLinkedQueue<String>();
        var failures = new AtomicInteger();
        var skipped = new AtomicInteger();
        var inFlight = new Semaphore(256);
        var next = new AtomicInteger();
        long periodNanos = TimeUnit.SECONDS.toNanos(1) / rate;
        long started = System.nanoTime();
        try (var senders = Executors.newVirtualThreadPerTaskExecutor()) {
            for (long n = 0; n < (long) rate * seconds; n++) {
                long due = started + n * periodNanos;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                Provider provider = idleProvider(providers, next);
                if (provider == null || !inFlight.tryAcquire()) {
                    skipped.incrementAndGet();
                    continue;
                }
                senders.submit(() -> {
                    try {
                        long begin = System.nanoTime();
                        String eventFor = change(provider);
                        httpMillis.add((System.nanoTime() - begin) / 1e6);
                        changes.add(eventFor);
                    } catch (Exception e) {
                        failures.incrementAndGet();
                    } finally {
                        busy.remove(provider.id());
                        inFlight.release();
                    }
                    return null;
                });
            }
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        Thread.sleep(3000);
        return report(rate, elapsed, changes, failures.get(), skipped.get(), List.copyOf(httpMillis));
    }

    private Provider idleProvider(List<Provider> providers, AtomicInteger next) {
        for (int tries = 0; tries < providers.size(); tries++) {
            Provider candidate = providers.get(Math.floorMod(next.getAndIncrement(), providers.size()));
            if (busy.add(candidate.id())) {
                return candidate;
            }
        }
        return null;
    }

    /** Toggles the provider between AVAILABLE and ON_BREAK; answers the provider changed. */
    private String change(Provider provider) throws Exception {
        boolean toBreak = !onBreak.getOrDefault(provider.id(), false);
        sentAt.computeIfAbsent(provider.id(), id -> java.util.Collections.synchronizedList(new ArrayList<>()))
                .add(System.nanoTime());
        http.post("/api/provider/availability", Map.of("status", toBreak ? "ON_BREAK" : "AVAILABLE"), provider.token())
                .expect(200);
        onBreak.put(provider.id(), toBreak);
        return provider.id();
    }

    private Map<String, Object> report(
            int rate,
            double elapsed,
            ConcurrentLinkedQueue<String> changes,
            int failures,
            int skipped,
            List<Double> http) {
        List<Delivery> received = deliveries.drain();
        var latencies = new ArrayList<Double>();
        var pairs = new HashSet<String>();
        var eventsByProvider = new HashMap<String, Set<String>>();
        int duplicates = 0;
        int misrouted = 0;
        for (Delivery delivery : received) {
            if (!delivery.type().equals(TYPE)) {
                continue;
            }
            if (!pairs.add(delivery.eventId() + "/" + delivery.subscriber())) {
                duplicates++;
            }
            Set<Integer> allowed = recipientsOf.get(delivery.aggregateId());
            if (allowed == null || !allowed.contains(delivery.subscriber())) {
                misrouted++;
            }
            eventsByProvider
                    .computeIfAbsent(delivery.aggregateId(), id -> new HashSet<>())
                    .add(delivery.eventId());
            latestSendBefore(delivery).ifPresent(sent -> latencies.add((delivery.receivedNanos() - sent) / 1e6));
        }
        long expected = 0;
        for (String provider : changes) {
            expected += recipientsOf.get(provider).size();
        }
        long delivered = pairs.size() - misrouted;
        var result = new LinkedHashMap<String, Object>();
        result.put("targetChangesPerSecond", rate);
        result.put("changes", changes.size());
        result.put("changesPerSecond", Stats.round(changes.size() / elapsed));
        result.put("httpFailures", failures);
        result.put("skippedByDriver", skipped);
        result.put("deliveries", received.size());
        result.put("deliveriesPerSecond", Stats.round(received.size() / elapsed));
        result.put("expectedDeliveries", expected);
        result.put("lost", Math.max(0, expected - delivered));
        result.put("duplicated", duplicates);
        result.put("misrouted", misrouted);
        result.put("deliveryLatencyMs", Stats.latencies(latencies));
        result.put("httpLatencyMs", Stats.latencies(http));
        System.err.println("level " + rate + "/s: " + result);
        return result;
    }

    /**
     * The change a delivery announces: the provider's latest change sent before it arrived (a provider has one
     * change in flight at a time).
     */
    private java.util.Optional<Long> latestSendBefore(Delivery delivery) {
        List<Long> sends = sentAt.getOrDefault(delivery.aggregateId(), List.of());
        synchronized (sends) {
            return sends.stream()
                    .filter(sent -> sent <= delivery.receivedNanos())
                    .reduce((first, later) -> later);
        }
    }

    /** As many changes as {@code concurrency} clients can make, each waiting for its answer. */
    private Map<String, Object> closedLoop(List<Provider> providers, int concurrency, int total) throws Exception {
        deliveries.drain();
        var millis = new ConcurrentLinkedQueue<Double>();
        var next = new AtomicInteger();
        long started = System.nanoTime();
        try (var clients = Executors.newFixedThreadPool(concurrency)) {
            for (int c = 0; c < concurrency; c++) {
                int client = c;
                clients.submit(() -> {
                    for (int n = next.getAndIncrement(); n < total; n = next.getAndIncrement()) {
                        Provider provider = providers.get((client + n * concurrency) % providers.size());
                        long begin = System.nanoTime();
                        try {
                            change(provider);
                            millis.add((System.nanoTime() - begin) / 1e6);
                        } catch (Exception e) {
                            // counted as missing from the total
                        }
                    }
                    return null;
                });
            }
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        Thread.sleep(3000);
        deliveries.drain();
        var result = new LinkedHashMap<String, Object>();
        result.put("concurrency", concurrency);
        result.put("changes", millis.size());
        result.put("changesPerSecond", Stats.round(millis.size() / elapsed));
        result.put("latencyMs", Stats.latencies(List.copyOf(millis)));
        return result;
    }

    /** Deliveries as they arrive, from the clients' threads. */
    private static final class Queue {

        private final ConcurrentLinkedQueue<Delivery> items = new ConcurrentLinkedQueue<>();
        private final Set<Integer> heard = ConcurrentHashMap.newKeySet();

        void add(Delivery delivery) {
            heard.add(delivery.subscriber());
            items.add(delivery);
        }

        int subscribersHeard() {
            return heard.size();
        }

        Set<Integer> subscribersHeardSet() {
            return Set.copyOf(heard);
        }

        List<Delivery> drain() {
            var drained = new ArrayList<Delivery>();
            for (Delivery delivery = items.poll(); delivery != null; delivery = items.poll()) {
                drained.add(delivery);
            }
            return drained;
        }
    }
}
