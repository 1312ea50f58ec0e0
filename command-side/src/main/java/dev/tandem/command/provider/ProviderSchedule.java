package dev.tandem.command.provider;

import dev.tandem.api.provider.TimeOff;
import dev.tandem.kernel.PayRateHistory;
import dev.tandem.kernel.ProviderStatus;
import dev.tandem.kernel.TimeRange;
import dev.tandem.kernel.WeeklySchedule;
import java.time.ZoneId;
import java.util.List;

/**
 * What the booking rules need to know about a provider, read from the Provider aggregate: whether it may
 * take work at all, when it works, when it is off, and what it is paid.
 */
public record ProviderSchedule(
        boolean active,
        ProviderStatus status,
        WeeklySchedule weeklyHours,
        List<TimeOff> timeOff,
        PayRateHistory payRates) {

    /** Whether the provider's working hours hold the job and none of its time off touches it. */
    public boolean isFreeFor(TimeRange job, ZoneId zone) {
        return weeklyHours.covers(job, zone)
                && timeOff.stream().noneMatch(off -> off.range().overlaps(job));
    }
}
