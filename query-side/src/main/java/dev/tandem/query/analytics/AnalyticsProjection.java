package dev.tandem.query.analytics;

import static dev.tandem.query.analytics.AnalyticsTables.ANALYTICS_BOOKING;
import static dev.tandem.query.analytics.AnalyticsTables.ANALYTICS_BUSINESS;
import static dev.tandem.query.analytics.AnalyticsTables.ANALYTICS_DECLINE;
import static dev.tandem.query.analytics.AnalyticsTables.ANALYTICS_PROVIDER;
import static dev.tandem.query.analytics.AnalyticsTables.ANALYTICS_TIME_OFF;
import static dev.tandem.query.analytics.AnalyticsTables.ANALYTICS_WEEKLY_HOURS;
import static dev.tandem.query.analytics.AnalyticsTables.BOOKING_ID;
import static dev.tandem.query.analytics.AnalyticsTables.BUSINESS_COMMISSION_CENTS;
import static dev.tandem.query.analytics.AnalyticsTables.BUSINESS_ID;
import static dev.tandem.query.analytics.AnalyticsTables.DEACTIVATED_AT;
import static dev.tandem.query.analytics.AnalyticsTables.DURATION_MINUTES;
import static dev.tandem.query.analytics.AnalyticsTables.GROSS_CENTS;
import static dev.tandem.query.analytics.AnalyticsTables.NAME;
import static dev.tandem.query.analytics.AnalyticsTables.PRICE_CENTS;
import static dev.tandem.query.analytics.AnalyticsTables.PROVIDER_EARNINGS_CENTS;
import static dev.tandem.query.analytics.AnalyticsTables.PROVIDER_ID;
import static dev.tandem.query.analytics.AnalyticsTables.SCHEDULED_START;
import static dev.tandem.query.analytics.AnalyticsTables.SERVICE;
import static dev.tandem.query.analytics.AnalyticsTables.STARS;
import static dev.tandem.query.analytics.AnalyticsTables.STATUS;
import static dev.tandem.query.analytics.AnalyticsTables.TIP_CENTS;

import dev.tandem.api.analytics.AnalyticsReport;
import dev.tandem.api.analytics.FindAnalyticsQuery;
import dev.tandem.api.analytics.FindPerformanceQuery;
import dev.tandem.api.analytics.PerformanceView;
import dev.tandem.api.booking.BookingAssigned;
import dev.tandem.api.booking.BookingCancelled;
import dev.tandem.api.booking.BookingCompleted;
import dev.tandem.api.booking.BookingConfirmed;
import dev.tandem.api.booking.BookingCreated;
import dev.tandem.api.booking.BookingDeclined;
import dev.tandem.api.booking.BookingRated;
import dev.tandem.api.booking.BookingRepriced;
import dev.tandem.api.booking.BookingRescheduled;
import dev.tandem.api.booking.BookingStarted;
import dev.tandem.api.booking.BookingUnassigned;
import dev.tandem.api.booking.TipAdded;
import dev.tandem.api.business.BusinessRegistered;
import dev.tandem.api.business.BusinessSettingsChanged;
import dev.tandem.api.earnings.EarningsAdjusted;
import dev.tandem.api.earnings.EarningsRecorded;
import dev.tandem.api.provider.ProviderDeactivated;
import dev.tandem.api.provider.ProviderProfileUpdated;
import dev.tandem.api.provider.ProviderReactivated;
import dev.tandem.api.provider.ProviderRegistered;
import dev.tandem.api.provider.TimeOffAdded;
import dev.tandem.api.provider.TimeOffRemoved;
import dev.tandem.api.provider.WeeklyHoursSet;
import dev.tandem.kernel.BookingId;
import dev.tandem.kernel.BookingStatus;
import dev.tandem.platform.database.DeferredWrites;
import dev.tandem.platform.database.DeferredWrites.Columns;
import dev.tandem.query.replay.ReadModelTables;
import dev.tandem.query.schedule.WeeklyHoursText;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Consumer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/**
 * Keeps the analytics read model: a row per booking with what the figures count, a row per decline, and every
 * weekly schedule and time off of the providers. Written in plain SQL when the handling transaction commits
 * ({@link DeferredWrites}); the figures are worked out from it when asked ({@link AnalyticsReader}), so a
 * rebuild from the event store gives the same figures again.
 */
@Component
@ProcessingGroup(AnalyticsProjection.PROCESSING_GROUP)
class AnalyticsProjection {

    static final String PROCESSING_GROUP = "analytics";

    private final DeferredWrites writes;
    private final AnalyticsReader reader;
    private final ReadModelTables tables;

    AnalyticsProjection(DeferredWrites writes, AnalyticsReader reader, ReadModelTables tables) {
        this.writes = writes;
        this.reader = reader;
        this.tables = tables;
    }

    @EventHandler
    void on(BusinessRegistered event) {
        writes.write(
                ANALYTICS_BUSINESS,
                event.businessId().value(),
                "insert into analytics_business (business_id, time_zone) values (?, ?)"
                        + " on conflict (business_id) do update set time_zone = excluded.time_zone",
                event.businessId().value(),
                event.timeZone());
    }

    @EventHandler
    void on(BusinessSettingsChanged event) {
        writes.write(
                ANALYTICS_BUSINESS,
                event.businessId().value(),
                "update analytics_business set time_zone = ? where business_id = ?",
                event.timeZone(),
                event.businessId().value());
    }

    @EventHandler
    void on(ProviderRegistered event) {
        writes.insert(
                ANALYTICS_PROVIDER,
                event.providerId().value(),
                row -> row.set(BUSINESS_ID, event.businessId().value()).set(NAME, event.name()));
    }

    @EventHandler
    void on(ProviderProfileUpdated event) {
        writes.update(ANALYTICS_PROVIDER, event.providerId().value(), row -> row.set(NAME, event.name()));
    }

    @EventHandler
    void on(ProviderDeactivated event, @Timestamp Instant at) {
        writes.update(ANALYTICS_PROVIDER, event.providerId().value(), row -> row.set(DEACTIVATED_AT, at));
    }

    /** The time it was away counts as time off, so its utilisation does not count those days as idle. */
    @EventHandler
    void on(ProviderReactivated event, @Timestamp Instant at, @MessageIdentifier String eventId) {
        writes.update(ANALYTICS_PROVIDER, event.providerId().value(), row -> row.set(DEACTIVATED_AT, null));
        if (event.inactiveSince() != null) {
            UUID awayId = UUID.nameUUIDFromBytes(eventId.getBytes(StandardCharsets.UTF_8));
            addTimeOff(awayId, event.businessId().value(), event.providerId().value(), event.inactiveSince(), at);
        }
    }

    /** Each schedule is kept from when it was set: a past day counts the hours of its time. */
    @EventHandler
    void on(WeeklyHoursSet event, @Timestamp Instant at) {
        writes.write(
                ANALYTICS_WEEKLY_HOURS,
                event.providerId().value(),
                "insert into analytics_weekly_hours (provider_id, effective_at, business_id, weekly_hours)"
                        + " values (?, ?, ?, ?) on conflict (provider_id, effective_at)"
                        + " do update set weekly_hours = excluded.weekly_hours",
                event.providerId().value(),
                at,
                event.businessId().value(),
                WeeklyHoursText.format(event.weeklyHours()));
    }

    @EventHandler
    void on(TimeOffAdded event) {
        var period = event.timeOff();
        addTimeOff(period.id(), event.businessId().value(), event.providerId().value(), period.start(), period.end());
    }

    private void addTimeOff(UUID id, UUID businessId, UUID providerId, Instant start, Instant end) {
        writes.write(
                ANALYTICS_TIME_OFF,
                id,
                "insert into analytics_time_off (time_off_id, business_id, provider_id, starts_at, ends_at)"
                        + " values (?, ?, ?, ?, ?) on conflict (time_off_id) do update"
                        + " set starts_at = excluded.starts_at, ends_at = excluded.ends_at",
                id,
                businessId,
                providerId,
                start,
                end);
    }

    @EventHandler
    void on(TimeOffRemoved event) {
        writes.write(
                ANALYTICS_TIME_OFF,
                event.timeOffId(),
                "delete from analytics_time_off where time_off_id = ?",
                event.timeOffId());
    }

    @EventHandler
    void on(BookingCreated event) {
        writes.insert(
                ANALYTICS_BOOKING,
                event.bookingId().value(),
                row -> row.set(BUSINESS_ID, event.businessId().value())
                        .set(PROVIDER_ID, null)
                        .set(SERVICE, event.service())
                        .set(SCHEDULED_START, event.scheduledStart())
                        .set(DURATION_MINUTES, event.durationMinutes())
                        .set(PRICE_CENTS, event.priceCents())
                        .set(STATUS, BookingStatus.PENDING.name())
                        .set(STARS, null)
                        .set(TIP_CENTS, 0L)
                        .set(GROSS_CENTS, 0L)
                        .set(PROVIDER_EARNINGS_CENTS, 0L)
                        .set(BUSINESS_COMMISSION_CENTS, 0L));
    }

    /** Assigning, reassigning or offering puts a booking back to PENDING with its new provider. */
    @EventHandler
    void on(BookingAssigned event) {
        changeBooking(
                event.bookingId(),
                row -> row.set(PROVIDER_ID, event.providerId().value()).set(STATUS, BookingStatus.PENDING.name()));
    }

    @EventHandler
    void on(BookingUnassigned event) {
        changeBooking(event.bookingId(), row -> row.set(PROVIDER_ID, null).set(STATUS, BookingStatus.PENDING.name()));
    }

    /** Counted against the provider that declined, once per decline; the unassignment follows as its own event. */
    @EventHandler
    void on(BookingDeclined event, EventMessage<?> message) {
        writes.insert(
                ANALYTICS_DECLINE,
                message.getIdentifier(),
                row -> row.set(BUSINESS_ID, event.businessId().value())
                        .set(BOOKING_ID, event.bookingId().value())
                        .set(PROVIDER_ID, event.providerId().value()));
    }

    @EventHandler
    void on(BookingConfirmed event) {
        changeBooking(event.bookingId(), row -> row.set(STATUS, BookingStatus.CONFIRMED.name()));
    }

    @EventHandler
    void on(BookingStarted event) {
        changeBooking(event.bookingId(), row -> row.set(STATUS, BookingStatus.IN_PROGRESS.name()));
    }

    @EventHandler
    void on(BookingCompleted event) {
        changeBooking(
                event.bookingId(),
                row -> row.set(PROVIDER_ID, event.providerId().value()).set(STATUS, BookingStatus.COMPLETED.name()));
    }

    /** The booking keeps its provider: a cancelled job still counts among that provider's bookings. */
    @EventHandler
    void on(BookingCancelled event) {
        changeBooking(event.bookingId(), row -> row.set(STATUS, BookingStatus.CANCELLED.name()));
    }

    @EventHandler
    void on(BookingRescheduled event) {
        changeBooking(
                event.bookingId(),
                row -> row.set(SCHEDULED_START, event.scheduledStart()).set(DURATION_MINUTES, event.durationMinutes()));
    }

    @EventHandler
    void on(BookingRepriced event) {
        changeBooking(event.bookingId(), row -> row.set(PRICE_CENTS, event.priceCents()));
    }

    @EventHandler
    void on(BookingRated event) {
        changeBooking(event.bookingId(), row -> row.set(STARS, event.stars()));
    }

    @EventHandler
    void on(TipAdded event) {
        changeBooking(event.bookingId(), row -> row.add(TIP_CENTS, event.amountCents()));
    }

    @EventHandler
    void on(EarningsRecorded event) {
        changeBooking(
                event.bookingId(),
                row -> row.set(GROSS_CENTS, event.grossCents())
                        .set(PROVIDER_EARNINGS_CENTS, event.providerEarningsCents())
                        .set(BUSINESS_COMMISSION_CENTS, event.businessCommissionCents()));
    }

    @EventHandler
    void on(EarningsAdjusted event) {
        changeBooking(
                event.bookingId(),
                row -> row.set(PROVIDER_EARNINGS_CENTS, event.providerEarningsCents())
                        .set(BUSINESS_COMMISSION_CENTS, event.businessCommissionCents()));
    }

    /** Before a rebuild from the event store: every business's rows go. */
    @ResetHandler
    void reset() {
        tables.truncate(
                ANALYTICS_BUSINESS,
                ANALYTICS_PROVIDER,
                ANALYTICS_BOOKING,
                ANALYTICS_DECLINE,
                ANALYTICS_WEEKLY_HOURS,
                ANALYTICS_TIME_OFF);
    }

    @QueryHandler
    AnalyticsReport handle(FindAnalyticsQuery query) {
        return reader.report(query);
    }

    @QueryHandler
    PerformanceView handle(FindPerformanceQuery query) {
        return reader.performance(query);
    }

    private void changeBooking(BookingId bookingId, Consumer<Columns> change) {
        writes.update(ANALYTICS_BOOKING, bookingId.value(), change);
    }
}
