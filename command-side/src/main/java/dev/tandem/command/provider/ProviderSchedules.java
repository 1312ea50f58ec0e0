package dev.tandem.command.provider;

import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.ProviderId;

/**
 * Looks up a provider's schedule for the booking rules. A provider of another business is not found
 * ({@link dev.tandem.api.errors.NotFoundException}), exactly as if it did not exist.
 */
public interface ProviderSchedules {

    ProviderSchedule scheduleOf(BusinessId businessId, ProviderId providerId);
}
