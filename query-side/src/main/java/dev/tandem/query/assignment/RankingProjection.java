package dev.tandem.query.assignment;

import dev.tandem.api.assignment.AssignmentPolicyChanged;
import dev.tandem.api.assignment.AssignmentPolicyView;
import dev.tandem.api.assignment.FindAssignmentPolicyQuery;
import dev.tandem.api.assignment.ProviderRanking;
import dev.tandem.api.assignment.RankProvidersForSlotQuery;
import dev.tandem.api.assignment.RankProvidersQuery;
import dev.tandem.api.booking.BookingAssigned;
import dev.tandem.api.booking.BookingCancelled;
import dev.tandem.api.booking.BookingCompleted;
import dev.tandem.api.booking.BookingConfirmed;
import dev.tandem.api.booking.BookingCreated;
import dev.tandem.api.booking.BookingDeclined;
import dev.tandem.api.booking.BookingRated;
import dev.tandem.api.booking.BookingRescheduled;
import dev.tandem.api.booking.BookingStarted;
import dev.tandem.api.booking.BookingUnassigned;
import dev.tandem.api.business.BusinessRegistered;
import dev.tandem.api.business.BusinessSettingsChanged;
import dev.tandem.api.provider.ProviderDeactivated;
import dev.tandem.api.provider.ProviderProfileUpdated;
import dev.tandem.api.provider.ProviderRegistered;
import dev.tandem.api.provider.ProviderStatusChanged;
import dev.tandem.api.provider.TimeOffAdded;
import dev.tandem.api.provider.TimeOffRemoved;
import dev.tandem.api.provider.WeeklyHoursSet;
import dev.tandem.kernel.BookingId;
import dev.tandem.kernel.GeoPoint;
import dev.tandem.kernel.TimeRange;
import dev.tandem.platform.database.DeferredWrites;
import dev.tandem.query.replay.ReadModelTables;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps what the ranking needs per business, provider and booking, and answers the ranking queries and the
 * assignment policy. Written with plain SQL, sent when the handling transaction commits ({@link DeferredWrites}):
 * a ranking reads thousands of providers at once.
 */
@Component
@ProcessingGroup(RankingProjection.PROCESSING_GROUP)
class RankingProjection {

    static final String PROCESSING_GROUP = "assignment-ranking";

    /** Every change of a provider's row counts up its revision, so rankings know their copy of it is stale. */
    private static final String NEW_REVISION = "revision = revision + 1, ";

    private final JdbcTemplate jdbc;
    private final DeferredWrites writes;
    private final RankingReader reader;
    private final RankingProperties settings;
    private final ReadModelTables tables;
    private final Timer reading;
    private final Timer ranking;

    RankingProjection(
            JdbcTemplate jdbc,
            DeferredWrites writes,
            RankingReader reader,
            RankingProperties settings,
            ReadModelTables tables,
            MeterRegistry meters) {
        this.jdbc = jdbc;
        this.writes = writes;
        this.reader = reader;
        this.settings = settings;
        this.tables = tables;
        this.reading = phase(meters, "read");
        this.ranking = phase(meters, "rank");
    }

    /** How long a ranking takes in the server, reading its inputs and ranking them, p50 and p99 included. */
    private static Timer phase(MeterRegistry meters, String phase) {
        return Timer.builder("tandem.assignment.ranking")
                .description("Time to rank a business's providers for a booking, by phase")
                .tag("phase", phase)
                .publishPercentiles(0.5, 0.99)
                .register(meters);
    }

    @EventHandler
    void on(BusinessRegistered event, @SequenceNumber long version) {
        writes.write(
                "ranking_business",
                event.businessId().value(),
                "insert into ranking_business (business_id, time_zone, version) values (?, ?, ?)"
                        + " on conflict (business_id) do update set time_zone = excluded.time_zone,"
                        + " version = excluded.version",
                event.businessId().value(),
                event.timeZone(),
                version);
    }

    @EventHandler
    void on(BusinessSettingsChanged event, @SequenceNumber long version) {
        writes.write(
                "ranking_business",
                event.businessId().value(),
                "update ranking_business set time_zone = ?, version = ? where business_id = ?",
                event.timeZone(),
                version,
                event.businessId().value());
    }

    @EventHandler
    void on(AssignmentPolicyChanged event, @SequenceNumber long version) {
        var weights = event.weights();
        writes.write(
                "ranking_business",
                event.businessId().value(),
                "update ranking_business set weight_distance = ?, weight_workload = ?, weight_rating = ?,"
                        + " weight_completion = ?, version = ? where business_id = ?",
                weights.distance(),
                weights.workload(),
                weights.rating(),
                weights.completion(),
                version,
                event.businessId().value());
    }

    @EventHandler
    void on(ProviderRegistered event) {
        writes.write(
                "ranking_provider",
                event.providerId().value(),
                "insert into ranking_provider (provider_id, business_id, active, status, skills, home_lat, home_lng,"
                        + " service_radius_km, weekly_hours, completed, cancelled, declined, ratings, rating_stars)"
                        + " values (?, ?, true, 'AVAILABLE', ?, ?, ?, ?, '', 0, 0, 0, 0, 0)"
                        + " on conflict (provider_id) do nothing",
                event.providerId().value(),
                event.businessId().value(),
                skills(event.skills()),
                lat(event.home()),
                lng(event.home()),
                event.serviceRadiusKm());
    }

    @EventHandler
    void on(ProviderProfileUpdated event) {
        writes.write(
                "ranking_provider",
                event.providerId().value(),
                "update ranking_provider set " + NEW_REVISION
                        + "skills = ?, home_lat = ?, home_lng = ?, service_radius_km = ?" + " where provider_id = ?",
                skills(event.skills()),
                lat(event.home()),
                lng(event.home()),
                event.serviceRadiusKm(),
                event.providerId().value());
    }

    @EventHandler
    void on(ProviderStatusChanged event) {
        writes.write(
                "ranking_provider",
                event.providerId().value(),
                "update ranking_provider set " + NEW_REVISION + "status = ? where provider_id = ?",
                event.status().name(),
                event.providerId().value());
    }

    @EventHandler
    void on(ProviderDeactivated event) {
        writes.write(
                "ranking_provider",
                event.providerId().value(),
                "update ranking_provider set " + NEW_REVISION + "active = false where provider_id = ?",
                event.providerId().value());
    }

    @EventHandler
    void on(WeeklyHoursSet event) {
        writes.write(
                "ranking_provider",
                event.providerId().value(),
                "update ranking_provider set " + NEW_REVISION + "weekly_hours = ? where provider_id = ?",
                WeeklyHoursText.format(event.weeklyHours()),
                event.providerId().value());
    }

    @EventHandler
    void on(TimeOffAdded event) {
        var period = event.timeOff();
        writes.write(
                "ranking_time_off",
                period.id(),
                "insert into ranking_time_off (time_off_id, business_id, provider_id, starts_at, ends_at)"
                        + " values (?, ?, ?, ?, ?) on conflict (time_off_id) do update"
                        + " set starts_at = excluded.starts_at, ends_at = excluded.ends_at",
                period.id(),
                event.businessId().value(),
                event.providerId().value(),
                utc(period.start()),
                utc(period.end()));
    }

    @EventHandler
    void on(TimeOffRemoved event) {
        writes.write(
                "ranking_time_off",
                event.timeOffId(),
                "delete from ranking_time_off where time_off_id = ?",
                event.timeOffId());
    }

    @EventHandler
    void on(BookingCreated event) {
        var customer = event.customer();
        Instant end = event.scheduledStart().plus(Duration.ofMinutes(event.durationMinutes()));
        writes.write(
                "ranking_booking",
                event.bookingId().value(),
                "insert into ranking_booking (booking_id, business_id, provider_id, status, service,"
                        + " scheduled_start, scheduled_end, lat, lng) values (?, ?, null, 'PENDING', ?, ?, ?, ?, ?)"
                        + " on conflict (booking_id) do nothing",
                event.bookingId().value(),
                event.businessId().value(),
                event.service(),
                utc(event.scheduledStart()),
                utc(end),
                customer == null ? null : customer.lat(),
                customer == null ? null : customer.lng());
    }

    @EventHandler
    void on(BookingAssigned event) {
        setProvider(event.bookingId(), event.providerId().value());
    }

    @EventHandler
    void on(BookingUnassigned event) {
        setProvider(event.bookingId(), null);
    }

    @EventHandler
    void on(BookingConfirmed event) {
        setStatus(event.bookingId(), "CONFIRMED");
    }

    @EventHandler
    void on(BookingStarted event) {
        setStatus(event.bookingId(), "IN_PROGRESS");
    }

    @EventHandler
    void on(BookingCompleted event) {
        setStatus(event.bookingId(), "COMPLETED");
        writes.write(
                "ranking_provider",
                event.providerId().value(),
                "update ranking_provider set " + NEW_REVISION + "completed = completed + 1 where provider_id = ?",
                event.providerId().value());
    }

    /** A cancelled job counts against the provider that held it, as the analytics' completion rate does. */
    @EventHandler
    void on(BookingCancelled event) {
        // It reads the booking's row to find the provider's: not a single-row write, so it cannot wait.
        writes.flush();
        jdbc.update(
                "update ranking_provider set " + NEW_REVISION + "cancelled = cancelled + 1 where provider_id ="
                        + " (select provider_id from ranking_booking where booking_id = ?)",
                event.bookingId().value());
        setStatus(event.bookingId(), "CANCELLED");
    }

    @EventHandler
    void on(BookingDeclined event) {
        writes.write(
                "ranking_provider",
                event.providerId().value(),
                "update ranking_provider set " + NEW_REVISION + "declined = declined + 1 where provider_id = ?",
                event.providerId().value());
    }

    @EventHandler
    void on(BookingRescheduled event) {
        Instant end = event.scheduledStart().plus(Duration.ofMinutes(event.durationMinutes()));
        writes.write(
                "ranking_booking",
                event.bookingId().value(),
                "update ranking_booking set scheduled_start = ?, scheduled_end = ? where booking_id = ?",
                utc(event.scheduledStart()),
                utc(end),
                event.bookingId().value());
    }

    @EventHandler
    void on(BookingRated event) {
        if (event.providerId() != null) {
            writes.write(
                    "ranking_provider",
                    event.providerId().value(),
                    "update ranking_provider set " + NEW_REVISION
                            + "ratings = ratings + 1, rating_stars = rating_stars + ?" + " where provider_id = ?",
                    event.stars(),
                    event.providerId().value());
        }
    }

    /** Before a rebuild from the event store: every business's rows go (TRUNCATE is not subject to RLS). */
    @ResetHandler
    void reset() {
        tables.truncate("ranking_business", "ranking_provider", "ranking_time_off", "ranking_booking");
    }

    /** The booking as the views show it, ranked. */
    @QueryHandler
    ProviderRanking handle(RankProvidersQuery query) {
        return rank(reader.job(query.businessId(), query.bookingId()), query.businessId());
    }

    /** A booking as the caller describes it (the saga: as it stands now, before the views show it). */
    @QueryHandler
    ProviderRanking handle(RankProvidersForSlotQuery query) {
        Instant start = query.scheduledStart();
        var job = new RankingInputs.Job(
                query.bookingId().toString(),
                query.service(),
                new GeoPoint(query.lat(), query.lng()),
                new TimeRange(start, start.plus(Duration.ofMinutes(query.durationMinutes()))));
        return rank(job, query.businessId());
    }

    @QueryHandler
    AssignmentPolicyView handle(FindAssignmentPolicyQuery query) {
        var policy = reader.policy(query.businessId());
        return AssignmentPolicyView.of(policy.weights(), policy.version());
    }

    private ProviderRanking rank(RankingInputs.Job job, dev.tandem.kernel.BusinessId businessId) {
        long started = System.nanoTime();
        var policy = reader.policy(businessId);
        List<RankingInputs.ProviderFacts> providers = reader.providers(businessId, job.slot());
        long read = System.nanoTime();
        reading.record(read - started, TimeUnit.NANOSECONDS);
        var ranked = new Ranking(policy.weights(), policy.zone(), settings.travelSpeedKmh()).rank(job, providers);
        ranking.record(System.nanoTime() - read, TimeUnit.NANOSECONDS);
        return ranked;
    }

    private void setProvider(BookingId bookingId, UUID providerId) {
        writes.write(
                "ranking_booking",
                bookingId.value(),
                "update ranking_booking set provider_id = ? where booking_id = ?",
                providerId,
                bookingId.value());
    }

    private void setStatus(BookingId bookingId, String status) {
        writes.write(
                "ranking_booking",
                bookingId.value(),
                "update ranking_booking set status = ? where booking_id = ?",
                status,
                bookingId.value());
    }

    private static String[] skills(List<String> skills) {
        return skills == null
                ? new String[0]
                : skills.stream().map(Ranking::normalized).distinct().toArray(String[]::new);
    }

    private static Double lat(GeoPoint point) {
        return point == null ? null : point.lat();
    }

    private static Double lng(GeoPoint point) {
        return point == null ? null : point.lng();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
