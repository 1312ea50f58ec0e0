package dev.tandem.api.history;

import dev.tandem.api.BusinessMessage;
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.ProviderId;
import java.util.UUID;

/** The events of one booking or provider in order; with onlyForProvider set, only if it is that provider's. */
public record FindHistoryQuery(
        BusinessId businessId, UUID aggregateId, HistorySubject subject, ProviderId onlyForProvider)
        implements BusinessMessage {}
