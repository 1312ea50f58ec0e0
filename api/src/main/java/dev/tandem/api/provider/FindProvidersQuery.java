package dev.tandem.api.provider;

import dev.tandem.api.BusinessMessage;
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.ProviderStatus;

/** Providers of a business, filtered; a page at a time. */
public record FindProvidersQuery(
        BusinessId businessId, ProviderStatus status, String skill, String q, int limit, String cursor)
        implements BusinessMessage {}
