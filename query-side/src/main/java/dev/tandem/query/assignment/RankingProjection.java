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
import dev.tandem.kernel.ProviderId;
import dev.tandem.kernel.TimeRange;
import dev.tandem.platform.database.DeferredWrites;
import dev.tandem.query.replay.ReadModelTables;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
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
        writes.insert(
                "ranking_provider",
                "provider_id",
                event.providerId().value(),
                row -> row.set("business_id", event.businessId().value())
                        .set("active", true)
                        .set("status", "AVAILABLE")
                        .set("skills", skills(event.skills()))
                        .set("home_lat", lat(event.home()))
                        .set("home_lng", lng(event.home()))
                        .set("service_radius_km", event.serviceRadiusKm())
                        .set("weekly_hours", "")
                        .set("completed", 0)
                        .set("cancelled", 0)
                        .set("declined", 0)
                        .set("ratings", 0)
                        .set("rating_stars", 0)
                        .set("revision", 1));
    }

    @EventHandler
    void on(ProviderProfileUpdated event) {
        changeProvider(
                event.providerId(),
                row -> row.set("skills", skills(event.skills()))
                        .set("home_lat", lat(event.home()))
                        .set("home_lng", lng(event.home()))
                        .set("service_radius_km", event.serviceRadiusKm()));
    }

    @EventHandler
    void on(ProviderStatusChanged event) {
        changeProvider(
                event.providerId(), row -> row.set("status", event.status().name()));
    }

    @EventHandler
    void on(ProviderDeactivated event) {
        changeProvider(event.providerId(), row -> row.set("active", false));
    }

    @EventHandler
    void on(WeeklyHoursSet event) {
        changeProvider(event.providerId(), row -> row.set("weekly_hours", WeeklyHoursText.format(event.weeklyHours())));
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
                period.start(),
                period.end());
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
        writes.insert(
                "ranking_booking",
                "booking_id",
                event.bookingId().value(),
                row -> row.set("business_id", event.businessId().value())
                        .set("provider_id", null)
                        .set("status", "PENDING")
                        .set("service", event.service())
                        .set("scheduled_start", event.scheduledStart())
                        .set("scheduled_end", end)
                        .set("lat", customer == null ? null : customer.lat())
                        .set("lng", customer == null ? null : customer.lng()));
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
        changeProvider(event.providerId(), row -> row.add("completed", 1));
    }

    /** A cancelled job counts against the provider that held it, as the analytics' completion rate does. */
    @EventHandler
    void on(BookingCancelled event) {
        // It reads the booking's row to find the provider's: not a single-row write, so it cannot wait.
        writes.flush("ranking_booking", "ranking_provider");
        jdbc.update(
                "update ranking_provider set " + NEW_REVISION + "cancelled = cancelled + 1 where provider_id ="
                        + " (select provider_id from ranking_booking where booking_id = ?)",
                event.bookingId().value());
        setStatus(event.bookingId(), "CANCELLED");
    }

    @EventHandler
    void on(BookingDeclined event) {
        changeProvider(event.providerId(), row -> row.add("declined", 1));
    }

    @EventHandler
    void on(BookingRescheduled event) {
        Instant end = event.scheduledStart().plus(Duration.ofMinutes(event.durationMinutes()));
        changeBooking(
                event.bookingId(),
                row -> row.set("scheduled_start", event.scheduledStart()).set("scheduled_end", end));
    }

    @EventHandler
    void on(BookingRated event) {
        if (event.providerId() != null) {
            changeProvider(event.providerId(), row -> row.add("ratings", 1).add("rating_stars", event.stars()));
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
        changeBooking(bookingId, row -> row.set("provider_id", providerId));
    }

    private void setStatus(BookingId bookingId, String status) {
        changeBooking(bookingId, row -> row.set("status", status));
    }

    /** Every change to a provider's row counts up its revision: the rankings cached per revision go stale. */
    private void changeProvider(ProviderId providerId, Consumer<DeferredWrites.Columns> change) {
        writes.update(
                "ranking_provider", "provider_id", providerId.value(), row -> change.accept(row.add("revision", 1)));
    }

    private void changeBooking(BookingId bookingId, Consumer<DeferredWrites.Columns> change) {
        writes.update("ranking_booking", "booking_id", bookingId.value(), change);
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
}
