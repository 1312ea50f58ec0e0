package dev.tandem.bench;

import dev.tandem.bench.Tenants.Business;
import dev.tandem.bench.Tenants.Provider;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Providers toggle their status between AVAILABLE and ON_BREAK: one event per change. */
final class StatusMix implements Mix {

    private static final String TYPE = "provider.status_changed";

    private final Http http;
    private final Map<String, Boolean> onBreak = new ConcurrentHashMap<>();

    StatusMix(Http http) {
        this.http = http;
    }

    @Override
    public String name() {
        return "status";
    }

    @Override
    public Set<String> announcedBy() {
        return Set.of(TYPE);
    }

    @Override
    public void prepare(List<Business> businesses, int changesEach) {
        // A status can always be toggled.
    }

    /** Sets each provider AVAILABLE (not measured), whatever other work did to its status before. */
    void makeAvailable(List<Provider> providers) throws Exception {
        for (Provider provider : providers) {
            http.post("/api/provider/availability", Map.of("status", "AVAILABLE"), provider.token());
            onBreak.put(provider.id(), false);
        }
    }

    @Override
    public Sent change(Provider provider) throws Exception {
        boolean toBreak = !onBreak.getOrDefault(provider.id(), false);
        var answer = http.post(
                "/api/provider/availability", Map.of("status", toBreak ? "ON_BREAK" : "AVAILABLE"), provider.token());
        if (answer.status() == 200) {
            onBreak.put(provider.id(), toBreak);
        }
        return new Sent(answer.status(), provider.id(), TYPE, answer.retryAfter() != null);
    }
}
