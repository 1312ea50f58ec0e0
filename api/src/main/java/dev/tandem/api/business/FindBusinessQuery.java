package dev.tandem.api.business;

import dev.tandem.api.BusinessMessage;
import dev.tandem.kernel.BusinessId;

public record FindBusinessQuery(BusinessId businessId) implements BusinessMessage {}
