package dev.tandem.api.provider;

import dev.tandem.api.BusinessMessage;
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.ProviderId;
import dev.tandem.kernel.WeeklyHours;
import java.util.List;

public record WeeklyHoursSet(ProviderId providerId, BusinessId businessId, List<WeeklyHours> weeklyHours)
        implements BusinessMessage {}
