package dev.tandem.api.catalogue;

import dev.tandem.api.BusinessMessage;
import dev.tandem.kernel.BusinessId;
import java.util.UUID;

/** The service left the catalogue; its name is kept for the audit trail. */
public record ServiceRemoved(BusinessId businessId, UUID serviceId, String name) implements BusinessMessage {}
