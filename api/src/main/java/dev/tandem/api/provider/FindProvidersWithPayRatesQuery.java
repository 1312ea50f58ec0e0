package dev.tandem.api.provider;

import dev.tandem.api.BusinessMessage;
import dev.tandem.kernel.BusinessId;

/** Every provider with its pay-rate history and earnings to date (the legacy view). */
public record FindProvidersWithPayRatesQuery(BusinessId businessId) implements BusinessMessage {}
