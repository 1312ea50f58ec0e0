package dev.tandem.query.live;

import dev.tandem.api.assignment.AssignmentFailed;
import dev.tandem.api.assignment.AssignmentProposed;
import dev.tandem.api.booking.ArrivalWindowChanged;
import dev.tandem.api.booking.BookingAssigned;
import dev.tandem.api.booking.BookingCancelled;
import dev.tandem.api.booking.BookingCompleted;
import dev.tandem.api.booking.BookingConfirmed;
import dev.tandem.api.booking.BookingCreated;
import dev.tandem.api.booking.BookingDeclined;
import dev.tandem.api.booking.BookingNotesChanged;
import dev.tandem.api.booking.BookingRated;
import dev.tandem.api.booking.BookingRepriced;
import dev.tandem.api.booking.BookingRescheduled;
import dev.tandem.api.booking.BookingStarted;
import dev.tandem.api.booking.BookingUnassigned;
import dev.tandem.api.booking.TipAdded;
import dev.tandem.api.booking.WorkedTimeCorrected;
import dev.tandem.api.earnings.EarningsAdjusted;
import dev.tandem.api.earnings.EarningsRecorded;
import dev.tandem.api.provider.PayRateSet;
import dev.tandem.api.provider.ProviderDeactivated;
import dev.tandem.api.provider.ProviderProfileUpdated;
import dev.tandem.api.provider.ProviderReactivated;
import dev.tandem.api.provider.ProviderRegistered;
import dev.tandem.api.provider.ProviderStatusChanged;
import dev.tandem.api.provider.ProviderStatusChosen;
import dev.tandem.api.provider.TimeOffAdded;
import dev.tandem.api.provider.TimeOffRemoved;
import dev.tandem.api.provider.WeeklyHoursSet;
import dev.tandem.api.webhook.WebhookEndpointDisabled;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/** The type names of docs/api.md's live events, by the event that each one announces. */
public final class EventTypes {

    private static final Map<Class<?>, String> TYPES = Map.ofEntries(
            Map.entry(BookingCreated.class, "booking.created"),
            Map.entry(BookingAssigned.class, "booking.assigned"),
            Map.entry(BookingUnassigned.class, "booking.unassigned"),
            Map.entry(BookingConfirmed.class, "booking.confirmed"),
            Map.entry(BookingStarted.class, "booking.started"),
            Map.entry(BookingCompleted.class, "booking.completed"),
            Map.entry(BookingDeclined.class, "booking.declined"),
            Map.entry(BookingRescheduled.class, "booking.updated"),
            Map.entry(BookingRepriced.class, "booking.updated"),
            Map.entry(BookingNotesChanged.class, "booking.updated"),
            Map.entry(ArrivalWindowChanged.class, "booking.updated"),
            Map.entry(BookingCancelled.class, "booking.cancelled"),
            Map.entry(BookingRated.class, "booking.rated"),
            Map.entry(TipAdded.class, "booking.tipped"),
            Map.entry(ProviderRegistered.class, "provider.created"),
            Map.entry(ProviderProfileUpdated.class, "provider.updated"),
            Map.entry(ProviderStatusChanged.class, "provider.status_changed"),
            Map.entry(ProviderStatusChosen.class, "provider.availability_changed"),
            Map.entry(WeeklyHoursSet.class, "provider.availability_changed"),
            Map.entry(TimeOffAdded.class, "provider.availability_changed"),
            Map.entry(TimeOffRemoved.class, "provider.availability_changed"),
            Map.entry(PayRateSet.class, "provider.pay_rate_set"),
            Map.entry(ProviderDeactivated.class, "provider.deactivated"),
            Map.entry(ProviderReactivated.class, "provider.reactivated"),
            Map.entry(EarningsRecorded.class, "earnings.recorded"),
            Map.entry(WorkedTimeCorrected.class, "booking.updated"),
            Map.entry(EarningsAdjusted.class, "earnings.adjusted"),
            Map.entry(AssignmentProposed.class, "assignment.proposed"),
            Map.entry(AssignmentFailed.class, "assignment.failed"),
            Map.entry(WebhookEndpointDisabled.class, "webhook.disabled"));

    private EventTypes() {}

    public static Optional<String> of(Object payload) {
        return Optional.ofNullable(TYPES.get(payload.getClass()));
    }

    /** Every type name, sorted. */
    public static SortedSet<String> names() {
        return new TreeSet<>(TYPES.values());
    }
}
