package dev.tandem.bench;

import dev.tandem.bench.Tenants.Business;
import dev.tandem.bench.Tenants.Provider;
import java.util.List;
import java.util.Set;

/**
 * A kind of change the live benchmark makes, one HTTP write by a provider at a time: what it sends, and which
 * live event type announces it to the business's admins and the provider.
 */
interface Mix {

    String name();

    /** The live event types that announce this mix's changes (one per change). */
    Set<String> announcedBy();

    /** Makes sure every provider can make at least {@code changesEach} more changes (not measured). */
    void prepare(List<Business> businesses, int changesEach) throws Exception;

    /**
     * Makes the provider's next change. A refused change (503) leaves everything as it was, so the next call
     * tries the same change again.
     */
    Sent change(Provider provider) throws Exception;

    /**
     * A change sent: the HTTP status, the aggregate its live event is about, and that event's type; whether
     * the server answered {@code Retry-After} with a 503.
     */
    record Sent(int status, String aggregateId, String eventType, boolean retryAfter) {

        boolean accepted() {
            return status / 100 == 2;
        }

        boolean refused() {
            return status == 503;
        }
    }
}
