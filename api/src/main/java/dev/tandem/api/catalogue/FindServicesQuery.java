package dev.tandem.api.catalogue;

import dev.tandem.api.BusinessMessage;
import dev.tandem.kernel.BusinessId;

/** The business's whole catalogue, by name: a catalogue holds at most a few hundred services. */
public record FindServicesQuery(BusinessId businessId) implements BusinessMessage {}
