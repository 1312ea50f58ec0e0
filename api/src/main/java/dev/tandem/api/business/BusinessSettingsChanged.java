package dev.tandem.api.business;

import dev.tandem.api.BusinessMessage;
import dev.tandem.kernel.BusinessId;

/**
 * The business's settings after the change, complete, so a view can be rebuilt from this event alone.
 * {@code locale} (a BCP 47 tag) is null when the business has not chosen one: each reader's language then
 * formats its pages, as it did before businesses had a locale (events stored then have none).
 */
public record BusinessSettingsChanged(
        BusinessId businessId, String name, String timeZone, String currency, String locale)
        implements BusinessMessage {}
