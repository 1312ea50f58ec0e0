package dev.tandem.api.provider;

import dev.tandem.api.BusinessMessage;
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.ProviderId;
import dev.tandem.kernel.WeeklyHours;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Replaces a provider's weekly working windows. */
public record SetWeeklyHoursCommand(
        @TargetAggregateIdentifier ProviderId providerId, BusinessId businessId, List<WeeklyHours> weeklyHours)
        implements BusinessMessage {}
