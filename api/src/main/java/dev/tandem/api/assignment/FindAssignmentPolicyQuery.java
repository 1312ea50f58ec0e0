package dev.tandem.api.assignment;

import dev.tandem.api.BusinessMessage;
import dev.tandem.kernel.BusinessId;

public record FindAssignmentPolicyQuery(BusinessId businessId) implements BusinessMessage {}
