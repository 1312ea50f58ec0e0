package dev.tandem.api.assignment;

import dev.tandem.api.BusinessMessage;
import dev.tandem.kernel.BookingId;
import dev.tandem.kernel.BusinessId;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Nobody is left to offer the booking to; the admins must find someone. */
public record FailAssignmentCommand(
        @TargetAggregateIdentifier BookingId bookingId, BusinessId businessId, List<ProviderRanking.Exclusion> excluded)
        implements BusinessMessage {}
