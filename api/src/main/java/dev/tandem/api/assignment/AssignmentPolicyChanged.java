package dev.tandem.api.assignment;

import dev.tandem.api.BusinessMessage;
import dev.tandem.kernel.BusinessId;

/**
 * The business ranks providers by these weights from now on, and gives each provider that many minutes to
 * confirm an offer ({@code offerTimeoutMinutes} null: the server's {@code tandem.assignment.offer-timeout}, as
 * for every event stored before businesses could choose).
 */
public record AssignmentPolicyChanged(BusinessId businessId, AssignmentWeights weights, Integer offerTimeoutMinutes)
        implements BusinessMessage {}
