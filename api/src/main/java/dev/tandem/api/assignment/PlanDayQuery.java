package dev.tandem.api.assignment;

import dev.tandem.api.BusinessMessage;
import dev.tandem.kernel.BusinessId;
import java.time.LocalDate;

/**
 * Plans a business's local day at once (docs/api.md, Planning a day): its bookings without a provider, and with
 * {@code replanOffers} those offered but not confirmed, within {@code timeLimitSeconds}. Changes nothing.
 */
public record PlanDayQuery(BusinessId businessId, LocalDate date, boolean replanOffers, int timeLimitSeconds)
        implements BusinessMessage {}
