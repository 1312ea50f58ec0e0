package dev.tandem.api.assignment;

import dev.tandem.api.BusinessMessage;
import dev.tandem.kernel.BusinessId;

/** The business ranks providers by these weights from now on. */
public record AssignmentPolicyChanged(BusinessId businessId, AssignmentWeights weights) implements BusinessMessage {}
