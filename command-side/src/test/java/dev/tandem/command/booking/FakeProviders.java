package dev.tandem.command.booking;

import dev.tandem.api.errors.NotFoundException;
import dev.tandem.api.provider.TimeOff;
import dev.tandem.command.provider.ProviderSchedule;
import dev.tandem.command.provider.ProviderSchedules;
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.PayRate;
import dev.tandem.kernel.PayRateHistory;
import dev.tandem.kernel.ProviderId;
import dev.tandem.kernel.ProviderStatus;
import dev.tandem.kernel.WeeklyHours;
import dev.tandem.kernel.WeeklySchedule;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Providers as the Provider aggregate would describe them, kept in memory for the fixtures. */
class FakeProviders implements ProviderSchedules {

    /** Monday to Friday, 08:00–18:00 local time. */
    static final WeeklySchedule OFFICE_HOURS = new WeeklySchedule(
            List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)
                    .stream()
                    .map(day -> new WeeklyHours(day, LocalTime.of(8, 0), LocalTime.of(18, 0)))
                    .toList());

    private record Entry(BusinessId businessId, ProviderSchedule schedule) {}

    private final Map<ProviderId, Entry> providers = new HashMap<>();

    FakeProviders add(BusinessId businessId, ProviderId providerId, ProviderSchedule schedule) {
        providers.put(providerId, new Entry(businessId, schedule));
        return this;
    }

    static ProviderSchedule working(PayRate... rates) {
        return new ProviderSchedule(
                true, ProviderStatus.AVAILABLE, OFFICE_HOURS, List.of(), new PayRateHistory(List.of(rates)));
    }

    static ProviderSchedule withTimeOff(TimeOff timeOff) {
        return new ProviderSchedule(
                true, ProviderStatus.AVAILABLE, OFFICE_HOURS, List.of(timeOff), PayRateHistory.empty());
    }

    static ProviderSchedule withStatus(boolean active, ProviderStatus status) {
        return new ProviderSchedule(active, status, OFFICE_HOURS, List.of(), PayRateHistory.empty());
    }

    @Override
    public ProviderSchedule scheduleOf(BusinessId businessId, ProviderId providerId) {
        Entry entry = providers.get(providerId);
        if (entry == null || !entry.businessId().equals(businessId)) {
            throw new NotFoundException("No such provider.");
        }
        return entry.schedule();
    }
}
