package dev.tandem.api.provider;

import dev.tandem.api.BusinessMessage;
import dev.tandem.kernel.BusinessId;
import java.util.List;

/** The business's providers that have no weekly hours yet, and so cannot be booked. */
public record FindProvidersWithoutHoursQuery(BusinessId businessId) implements BusinessMessage {

    /** The answer: the ids of those providers. */
    public record Answer(List<String> providerIds) {}
}
