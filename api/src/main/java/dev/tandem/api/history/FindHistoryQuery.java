package dev.tandem.api.history;

import dev.tandem.api.BusinessMessage;
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.ProviderId;
import java.util.UUID;

/**
 * At most {@code limit} events of one booking or provider in order, from sequence {@code fromSequence}; with
 * onlyForProvider set, only if it is that provider's.
 */
public record FindHistoryQuery(
        BusinessId businessId,
        UUID aggregateId,
        HistorySubject subject,
        ProviderId onlyForProvider,
        long fromSequence,
        int limit)
        implements BusinessMessage {

    /** The most events one answer holds; a longer history is read in several. */
    public static final int MAX_LIMIT = 500;

    /** The whole history from its start, as far as one answer holds. */
    public static FindHistoryQuery fromStart(
            BusinessId businessId, UUID aggregateId, HistorySubject subject, ProviderId onlyForProvider) {
        return new FindHistoryQuery(businessId, aggregateId, subject, onlyForProvider, 0, MAX_LIMIT);
    }
}
