package dev.tandem.api.business;

import dev.tandem.api.BusinessMessage;
import dev.tandem.kernel.BusinessId;

public record BusinessRegistered(BusinessId businessId, String name, String timeZone, String currency)
        implements BusinessMessage {}
