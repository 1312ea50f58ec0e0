package dev.tandem.command.booking;

import dev.tandem.api.errors.ConflictException;
import dev.tandem.api.errors.InvalidInputException;
import dev.tandem.api.errors.NotFoundException;
import dev.tandem.command.business.BusinessTimeZones;
import dev.tandem.command.provider.ProviderSchedule;
import dev.tandem.command.provider.ProviderSchedules;
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.PayRate;
import dev.tandem.kernel.ProviderId;
import dev.tandem.kernel.TimeRange;
import java.time.Instant;
import java.util.Optional;

/**
 * What the booking rules ask of a provider. An admin may give a booking to any active provider of the
 * business whose working hours hold the job and who has no time off then; its current status (even
 * OFFLINE) does not matter, because it describes now, not the booked time. Auto-assignment is stricter
 * (docs/api.md, Assignment) and lives with the assignment saga.
 */
class BookableProviders {

    private final ProviderSchedules schedules;
    private final BusinessTimeZones timeZones;

    BookableProviders(ProviderSchedules schedules, BusinessTimeZones timeZones) {
        this.schedules = schedules;
        this.timeZones = timeZones;
    }

    /** Refuses the provider unless it may take this job; its other bookings are checked by the slots. */
    void requireFreeFor(BusinessId businessId, ProviderId providerId, TimeRange job) {
        ProviderSchedule schedule = scheduleOf(businessId, providerId);
        if (!schedule.active()) {
            throw new ConflictException("The provider is deactivated and takes no bookings.");
        }
        if (!schedule.weeklyHours().covers(job, timeZones.of(businessId))) {
            throw new ConflictException("The provider's working hours do not cover that time.");
        }
        if (!schedule.isFreeFor(job, timeZones.of(businessId))) {
            throw new ConflictException("The provider has time off at that time.");
        }
    }

    Optional<PayRate> payRateAt(BusinessId businessId, ProviderId providerId, Instant at) {
        return scheduleOf(businessId, providerId).payRates().rateInEffectAt(at);
    }

    private ProviderSchedule scheduleOf(BusinessId businessId, ProviderId providerId) {
        try {
            return schedules.scheduleOf(businessId, providerId);
        } catch (NotFoundException e) {
            // The booking exists; it is the provider named in the request that does not.
            throw new InvalidInputException("providerId", "is not a provider of this business");
        }
    }
}
