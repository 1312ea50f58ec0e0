package dev.tandem.api.catalogue;

import dev.tandem.api.BusinessMessage;
import dev.tandem.kernel.BusinessId;
import java.util.UUID;

/** The service after the change, complete, so a view can be rebuilt from this event alone. */
public record ServiceChanged(
        BusinessId businessId,
        UUID serviceId,
        String name,
        int defaultDurationMinutes,
        long defaultPriceCents,
        String skill)
        implements BusinessMessage {}
