package dev.tandem.bench;

import dev.tandem.bench.Listeners.Delivery;
import dev.tandem.bench.Mix.Sent;
import dev.tandem.bench.Tenants.Business;
import dev.tandem.bench.Tenants.Provider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Providers change things over HTTP while admins and providers listen over STOMP; measures, at the subscribers,
 * how long each change takes to arrive, and whether any is lost, duplicated or delivered to someone who may not
 * see it. For each mix of changes ({@link StatusMix}, {@link LifecycleMix}):
 *
 * <ol>
 *   <li>closed loop: {@code concurrency} clients, each waiting for its answer: the capacity C;
 *   <li>open loop at C/2 for {@code seconds}: real time below capacity;
 *   <li>open loop at 2C for {@code burst-seconds}: the excess must be refused at once (503) and what is accepted
 *       answered and delivered in time;
 *   <li>open loop at C/2 again right after, judged from {@code recovery-after} seconds on: back to normal.
 * </ol>
 *
 * <p>Each business has {@code admins} admin connections and one connection per provider. A change concerns its
 * provider: its live event must reach the business's admin connections and that provider's, once each.
 */
final class LiveLoad implements BenchDriver.Task {

    private final Deliveries deliveries = new Deliveries();
    /** The subscribers that may see the events about each aggregate (a provider, or a booking of one). */
    private final Map<String, Set<Integer>> audienceOf = new ConcurrentHashMap<>();

    private final Map<String, Set<Integer>> audienceOfProvider = new HashMap<>();
    private final Set<String> busy = ConcurrentHashMap.newKeySet();
    private Http http;
    private String databaseUrl;
    private Listeners listeners;
    private int silent;

    @Override
    public void run(String[] arguments) throws Exception {
        var args = new Args(arguments);
        http = new Http(args.integer("port", 8080));
        databaseUrl = args.has("db-port")
                ? "jdbc:postgresql://127.0.0.1:" + args.integer("db-port", 5432) + "/" + args.text("database", "tandem")
                : null;
        var businesses = Tenants.create(http, args.integer("businesses", 10), args.integer("providers", 95));
        listeners = new Listeners(args.integer("port", 8080));
        int subscribers = subscribe(listeners, businesses, args.integer("admins", 5));
        System.err.printf("%d subscribers connected; warming up%n", subscribers);
        var providers = businesses.stream().flatMap(b -> b.providers().stream()).toList();
        var status = new StatusMix(http);
        warmUp(status, providers, subscribers);

        var results = new LinkedHashMap<String, Object>();
        results.put("subscribers", subscribers);
        results.put("subscribersSilentAfterWarmUp", silent);
        results.put("businesses", businesses.size());
        results.put("providers", providers.size());
        results.put("adminsPerBusiness", args.integer("admins", 5));
        var mixes = new LinkedHashMap<String, Object>();
        var used = new ArrayList<Mix>();
        for (String name : args.text("mixes", "status,lifecycle").split(",")) {
            deliveries.drain();
            Mix mix = name.strip().equals("status") ? status : new LifecycleMix(http);
            used.add(mix);
            mixes.put(mix.name(), phases(mix, businesses, providers, args));
        }
        results.put("mixes", mixes);
        int soakMinutes = args.integer("soak-minutes", 0);
        if (soakMinutes > 0) {
            results.put("soak", soak(used, mixes, businesses, providers, soakMinutes));
        }
        String json = Http.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(results);
        Files.writeString(Path.of(args.text("out", "live-load.json")), json);
        System.out.println(json);
        System.exit(0);
    }

    private Map<String, Object> phases(Mix mix, List<Business> businesses, List<Provider> providers, Args args)
            throws Exception {
        int concurrency = args.integer("concurrency", 16);
        int changes = args.integer("changes", 3000);
        int seconds = args.integer("seconds", 20);
        int burstSeconds = args.integer("burst-seconds", 30);
        int recoveryAfter = args.integer("recovery-after", 10);
        int warmUpChanges = args.integer("warm-up-changes", 0);
        boolean closedOnly = args.text("closed-loop-only", "false").equals("true");
        var result = new LinkedHashMap<String, Object>();

        mix.prepare(businesses, (warmUpChanges + changes) / providers.size() + 3);
        quiesce();
        settle(mix, providers);
        if (warmUpChanges > 0) {
            // A server measured minutes after its start is still compiling the paths a change takes (the JIT
            // took a quarter of a core for the first half minute of a closed loop): run it warm, as it runs
            // in production, and say how fast it went cold.
            System.err.println(mix.name() + " warm-up closed loop starts");
            result.put("warmUpClosedLoop", closedLoop(mix, providers, concurrency, warmUpChanges));
            settle(mix, providers);
        }
        System.err.println(mix.name() + " closed loop starts");
        var closed = closedLoop(mix, providers, concurrency, changes);
        result.put("closedLoop", closed);
        System.err.println(mix.name() + " closed loop: " + closed);
        if (closedOnly) {
            return result;
        }
        double capacity = (double) closed.get("changesPerSecond");
        int half = (int) Math.max(1, Math.round(capacity / 2));
        int twice = (int) Math.round(capacity * 2);
        int recoverySeconds = recoveryAfter + seconds;
        // Enough for everything offered: in the burst more than the closed loop's rate may be accepted.
        // The open loops pick providers at random (one not busy): some walk far more steps than the mean.
        int expectedSteps = (half * (seconds + recoverySeconds) + twice * burstSeconds) / providers.size();
        mix.prepare(businesses, expectedSteps + expectedSteps / 3 + 8);
        quiesce();
        settle(mix, providers);
        result.put("belowCapacity", openLoop(mix, providers, half, seconds, 0));
        result.put("overload", openLoop(mix, providers, twice, burstSeconds, 0));
        result.put("afterOverload", openLoop(mix, providers, half, recoverySeconds, recoveryAfter));
        return result;
    }

    /**
     * The soak: a third of the lower closed-loop rate, minute after minute, the mixes taking turns on providers
     * of their own (half the providers toggle their status, the other half walk the jobs the admins book for
     * them; shared, each mix would change the other's providers behind its back). One line per minute on
     * standard error, for the script that samples the server's memory beside it.
     */
    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> soak(
            List<Mix> mixes,
            Map<String, Object> measured,
            List<Business> businesses,
            List<Provider> providers,
            int minutes)
            throws Exception {
        double capacity = mixes.stream()
                .mapToDouble(mix -> (double)
                        ((Map<String, Object>) ((Map<String, Object>) measured.get(mix.name())).get("closedLoop"))
                                .get("changesPerSecond"))
                .min()
                .orElseThrow();
        int rate = (int) Math.max(1, Math.round(capacity / 3));
        var providersOf = new HashMap<Mix, List<Provider>>();
        for (int i = 0; i < mixes.size(); i++) {
            int turn = i;
            providersOf.put(
                    mixes.get(i),
                    java.util.stream.IntStream.range(0, providers.size())
                            .filter(index -> index % mixes.size() == turn)
                            .mapToObj(providers::get)
                            .toList());
        }
        for (Mix mix : mixes) {
            if (mix instanceof LifecycleMix lifecycle) {
                lifecycle.finishStartedJobs(providers);
            }
        }
        for (Mix mix : mixes) {
            if (mix instanceof StatusMix status) {
                status.makeAvailable(providersOf.get(mix));
            }
        }
        Thread.sleep(2000);
        var perMinute = new ArrayList<Map<String, Object>>();
        for (int minute = 0; minute < minutes; minute++) {
            Mix mix = mixes.get(minute % mixes.size());
            List<Provider> own = providersOf.get(mix);
            var ownOnly = businesses.stream()
                    .map(business -> new Business(
                            business.id(),
                            business.adminToken(),
                            business.providers().stream().filter(own::contains).toList()))
                    .toList();
            mix.prepare(ownOnly, rate * 60 / own.size() + 4);
            var result = new LinkedHashMap<String, Object>();
            result.put("minute", minute);
            result.put("mix", mix.name());
            result.putAll(openLoop(mix, own, rate, 60, 0));
            perMinute.add(result);
            System.err.println("soak minute " + minute + " done");
        }
        return perMinute;
    }

    private int subscribe(Listeners listeners, List<Business> businesses, int admins) throws Exception {
        var opened = new ArrayList<CompletableFuture<?>>();
        int subscriber = 0;
        for (Business business : businesses) {
            var adminSubscribers = new HashSet<Integer>();
            for (int a = 0; a < admins; a++) {
                adminSubscribers.add(subscriber);
                opened.add(listeners.open(subscriber++, business.adminToken(), deliveries::add));
            }
            for (Provider provider : business.providers()) {
                var audience = new HashSet<>(adminSubscribers);
                audience.add(subscriber);
                audienceOfProvider.put(provider.id(), audience);
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
    private void warmUp(Mix mix, List<Provider> providers, int subscribers) throws Exception {
        settle(mix, providers);
        openLoop(mix, providers, 50, Math.max(1, providers.size() / 50), 0);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (deliveries.subscribersHeard() < subscribers && System.nanoTime() < deadline) {
            send(mix, providers.get((int) (Math.random() * providers.size())));
            Thread.sleep(20);
        }
        // A subscriber that heard nothing by now lost its connection (reported); the rest are measured.
        Set<Integer> alive = deliveries.whoHeard();
        audienceOfProvider.values().forEach(audience -> audience.retainAll(alive));
        silent = subscribers - alive.size();
        openLoop(mix, providers, 100, 10, 0);
    }

    /**
     * After a preparation that booked thousands of jobs in a minute (given {@code --db-port}): the database writes
     * out what it holds (a checkpoint) and vacuums and analyzes the tables, so that the phase measured next does
     * not meet the checkpoint and autovacuum that bulk load set off (the lifecycle's first open loop did: p99 in
     * the hundreds of milliseconds, the same rate ten seconds later 40 ms). A business does not book twenty
     * thousand jobs in the minute before its busiest hour.
     */
    private void quiesce() throws Exception {
        if (databaseUrl == null) {
            return;
        }
        try (Connection connection = DriverManager.getConnection(databaseUrl, "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute("checkpoint");
            statement.execute("vacuum analyze");
        }
    }

    /** Waits until a change answers quickly: the server has caught up with what the set-up sent it. */
    private void settle(Mix mix, List<Provider> providers) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline) {
            long begin = System.nanoTime();
            send(mix, providers.getFirst());
            if (System.nanoTime() - begin < TimeUnit.MILLISECONDS.toNanos(200)) {
                Thread.sleep(2000);
                deliveries.drain();
                return;
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("The server did not settle after the set-up");
    }

    /** A change, with its audience noted for the aggregate its live event is about. */
    private Change send(Mix mix, Provider provider) throws Exception {
        long begin = System.nanoTime();
        Sent sent = mix.change(provider);
        long answered = System.nanoTime();
        audienceOf.computeIfAbsent(sent.aggregateId(), id -> audienceOfProvider.get(provider.id()));
        return new Change(sent, begin, answered);
    }

    /**
     * Open loop: a change every 1/rate seconds, whatever the answers do, for the given time; judged on the changes
     * sent from {@code judgedAfter} seconds on.
     */
    private Map<String, Object> openLoop(Mix mix, List<Provider> providers, int rate, int seconds, int judgedAfter)
            throws Exception {
        deliveries.drain();
        var changes = new ConcurrentLinkedQueue<Change>();
        var failures = new AtomicInteger();
        var failureReasons = ConcurrentHashMap.<String>newKeySet();
        var skipped = new AtomicInteger();
        var inFlight = new Semaphore(512);
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
                        changes.add(send(mix, provider));
                    } catch (Exception e) {
                        failures.incrementAndGet();
                        if (failureReasons.size() < 5) {
                            failureReasons.add(String.valueOf(e));
                        }
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
        long judgedFrom = started + TimeUnit.SECONDS.toNanos(judgedAfter);
        var judged = changes.stream()
                .filter(change -> change.sentNanos() >= judgedFrom)
                .toList();
        var result = report(mix, judged, elapsed - judgedAfter, deliveries.drain());
        result.put("targetChangesPerSecond", rate);
        result.put("seconds", seconds);
        result.put("judgedFromSecond", judgedAfter);
        result.put("transportFailures", failures.get());
        result.put("transportFailureReasons", List.copyOf(failureReasons));
        result.put("subscribersDisconnectedSoFar", listeners.disconnected());
        result.put("skippedByDriver", skipped.get());
        System.err.println(mix.name() + " at " + rate + "/s: " + result);
        return result;
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

    private Map<String, Object> report(Mix mix, List<Change> changes, double elapsed, List<Delivery> received) {
        var accepted =
                changes.stream().filter(change -> change.sent().accepted()).toList();
        var refused = changes.stream().filter(change -> change.sent().refused()).toList();
        var sendsOf = new HashMap<String, List<Long>>();
        accepted.forEach(change ->
                sendsOf.computeIfAbsent(change.key(), key -> new ArrayList<>()).add(change.sentNanos()));
        sendsOf.values().forEach(sends -> sends.sort(Long::compare));

        var latencies = new ArrayList<Double>();
        var pairs = new HashSet<String>();
        int duplicates = 0;
        int misrouted = 0;
        long delivered = 0;
        for (Delivery delivery : received) {
            if (!mix.announcedBy().contains(delivery.type())) {
                continue;
            }
            Long sent = latestSendBefore(sendsOf.get(delivery.aggregateId() + "/" + delivery.type()), delivery);
            if (sent == null) {
                continue; // a change of another phase, or of the part not judged
            }
            if (!pairs.add(delivery.eventId() + "/" + delivery.subscriber())) {
                duplicates++;
            } else if (!audienceOf
                    .getOrDefault(delivery.aggregateId(), Set.of())
                    .contains(delivery.subscriber())) {
                misrouted++;
            } else {
                delivered++;
                latencies.add((delivery.receivedNanos() - sent) / 1e6);
            }
        }
        long expected = accepted.stream()
                .mapToLong(change -> audienceOf.get(change.sent().aggregateId()).size())
                .sum();
        var result = new LinkedHashMap<String, Object>();
        result.put("changes", accepted.size());
        result.put("changesPerSecond", Stats.round(accepted.size() / elapsed));
        result.put("refused", refused.size());
        result.put(
                "refusedWithRetryAfter",
                refused.stream().filter(change -> change.sent().retryAfter()).count());
        result.put("otherAnswers", changes.size() - accepted.size() - refused.size());
        result.put("deliveriesPerSecond", Stats.round(delivered / elapsed));
        result.put("expectedDeliveries", expected);
        result.put("lost", Math.max(0, expected - delivered));
        result.put("duplicated", duplicates);
        result.put("misrouted", misrouted);
        result.put("deliveryLatencyMs", Stats.latencies(latencies));
        result.put(
                "acceptedHttpLatencyMs",
                Stats.latencies(accepted.stream().map(Change::millis).toList()));
        result.put(
                "refusedHttpLatencyMs",
                Stats.latencies(refused.stream().map(Change::millis).toList()));
        return result;
    }

    /** The change a delivery announces: the aggregate's latest change of that type sent before it arrived. */
    private static Long latestSendBefore(List<Long> sends, Delivery delivery) {
        if (sends == null) {
            return null;
        }
        Long latest = null;
        for (long sent : sends) {
            if (sent > delivery.receivedNanos()) {
                break;
            }
            latest = sent;
        }
        return latest;
    }

    /** As many changes as {@code concurrency} clients can make, each waiting for its answer. */
    private Map<String, Object> closedLoop(Mix mix, List<Provider> providers, int concurrency, int total)
            throws Exception {
        deliveries.keep(false);
        var millis = new ConcurrentLinkedQueue<Double>();
        var other = new AtomicInteger();
        var next = new AtomicInteger();
        long started = System.nanoTime();
        try (var clients = Executors.newFixedThreadPool(concurrency)) {
            for (int c = 0; c < concurrency; c++) {
                clients.submit(() -> {
                    for (int n = next.getAndIncrement(); n < total; n = next.getAndIncrement()) {
                        // Far more providers than clients: no two clients change one provider at once.
                        Provider provider = providers.get(n % providers.size());
                        try {
                            Change change = send(mix, provider);
                            if (change.sent().accepted()) {
                                millis.add(change.millis());
                            } else {
                                other.incrementAndGet();
                            }
                        } catch (Exception e) {
                            other.incrementAndGet();
                        }
                    }
                    return null;
                });
            }
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        Thread.sleep(3000);
        deliveries.keep(true);
        var result = new LinkedHashMap<String, Object>();
        result.put("concurrency", concurrency);
        result.put("changes", millis.size());
        result.put("notAccepted", other.get());
        result.put("changesPerSecond", Stats.round(millis.size() / elapsed));
        result.put("latencyMs", Stats.latencies(List.copyOf(millis)));
        result.put("subscribersDisconnectedSoFar", listeners.disconnected());
        return result;
    }

    /** A change as the driver saw it: when it was sent and answered (System.nanoTime). */
    private record Change(Sent sent, long sentNanos, long answeredNanos) {

        String key() {
            return sent.aggregateId() + "/" + sent.eventType();
        }

        double millis() {
            return (answeredNanos - sentNanos) / 1e6;
        }
    }

    /** Deliveries as they arrive, from the clients' threads. */
    private static final class Deliveries {

        private final ConcurrentLinkedQueue<Delivery> items = new ConcurrentLinkedQueue<>();
        private final Set<Integer> heard = ConcurrentHashMap.newKeySet();
        private volatile boolean keeping = true;

        void add(Delivery delivery) {
            heard.add(delivery.subscriber());
            if (keeping) {
                items.add(delivery);
            }
        }

        /**
         * Whether deliveries are kept to be judged. A closed loop judges only the answers: kept, the deliveries of
         * thousands of changes to 1,950 subscribers filled the driver's heap.
         */
        void keep(boolean keep) {
            keeping = keep;
            items.clear();
        }

        int subscribersHeard() {
            return heard.size();
        }

        Set<Integer> whoHeard() {
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
