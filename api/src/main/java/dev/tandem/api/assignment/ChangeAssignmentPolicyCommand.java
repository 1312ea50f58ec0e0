package dev.tandem.api.assignment;

import dev.tandem.api.BusinessMessage;
import dev.tandem.kernel.BusinessId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** An admin sets the weights its business ranks providers by and, when given, the minutes an offer stays open. */
public record ChangeAssignmentPolicyCommand(
        @TargetAggregateIdentifier BusinessId businessId,
        AssignmentWeights weights,
        Integer offerTimeoutMinutes,
        @TargetAggregateVersion Long expectedVersion)
        implements BusinessMessage {}
