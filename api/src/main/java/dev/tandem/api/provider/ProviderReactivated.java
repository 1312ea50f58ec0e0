package dev.tandem.api.provider;

import dev.tandem.api.BusinessMessage;
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.ProviderId;
import java.time.Instant;

/**
 * A deactivated provider came back (it returns OFFLINE until it says it is available); {@code inactiveSince} is
 * when it was deactivated, so that the time between counts as time away.
 */
public record ProviderReactivated(ProviderId providerId, BusinessId businessId, Instant inactiveSince)
        implements BusinessMessage {}
