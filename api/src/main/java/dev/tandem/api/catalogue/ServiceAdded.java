package dev.tandem.api.catalogue;

import dev.tandem.api.BusinessMessage;
import dev.tandem.kernel.BusinessId;
import java.util.UUID;

public record ServiceAdded(
        BusinessId businessId,
        UUID serviceId,
        String name,
        int defaultDurationMinutes,
        long defaultPriceCents,
        String skill)
        implements BusinessMessage {}
