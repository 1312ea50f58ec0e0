package dev.tandem.api.business;

import dev.tandem.api.BusinessMessage;
import dev.tandem.kernel.BusinessId;

/** The business's settings after the change, complete, so a view can be rebuilt from this event alone. */
public record BusinessSettingsChanged(BusinessId businessId, String name, String timeZone, String currency)
        implements BusinessMessage {}
