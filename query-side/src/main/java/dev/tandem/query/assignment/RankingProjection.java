package dev.tandem.query.assignment;

import dev.tandem.api.assignment.AssignmentPolicyChanged;
import dev.tandem.api.assignment.AssignmentPolicyView;
import dev.tandem.api.assignment.FindAssignmentPolicyQuery;
import dev.tandem.api.assignment.ProviderRanking;
import dev.tandem.api.assignment.RankProvidersForSlotQuery;
import dev.tandem.api.assignment.RankProvidersQuery;
import dev.tandem.api.booking.ArrivalWindow;
import dev.tandem.api.booking.ArrivalWindowChanged;
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
import dev.tandem.api.catalogue.ServiceAdded;
import dev.tandem.api.catalogue.ServiceChanged;
import dev.tandem.api.catalogue.ServiceRemoved;
import dev.tandem.api.provider.ProviderDeactivated;
import dev.tandem.api.provider.ProviderProfileUpdated;
import dev.tandem.api.provider.ProviderReactivated;
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
import dev.tandem.query.schedule.WeeklyHoursText;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
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
                RankingBusinessTable.RANKING_BUSINESS,
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
                RankingBusinessTable.RANKING_BUSINESS,
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
                RankingBusinessTable.RANKING_BUSINESS,
                event.businessId().value(),
                "update ranking_business set weight_distance = ?, weight_workload = ?, weight_rating = ?,"
                        + " weight_completion = ?, offer_timeout_minutes = ?, version = ? where business_id = ?",
                weights.distance(),
                weights.workload(),
                weights.rating(),
                weights.completion(),
                event.offerTimeoutMinutes(),
                version,
                event.businessId().value());
    }

    @EventHandler
    void on(ServiceAdded event) {
        writes.write(
                RankingServiceTable.RANKING_SERVICE,
                event.serviceId(),
                "insert into ranking_service (service_id, business_id, name_key, skill) values (?, ?, ?, ?)",
                event.serviceId(),
                event.businessId().value(),
                event.name().toLowerCase(Locale.ROOT),
                event.skill());
    }

    @EventHandler
    void on(ServiceChanged event) {
        writes.write(
                RankingServiceTable.RANKING_SERVICE,
                event.serviceId(),
                "update ranking_service set name_key = ?, skill = ? where service_id = ?",
                event.name().toLowerCase(Locale.ROOT),
                event.skill(),
                event.serviceId());
    }

    @EventHandler
    void on(ServiceRemoved event) {
        writes.write(
                RankingServiceTable.RANKING_SERVICE,
                event.serviceId(),
                "delete from ranking_service where service_id = ?",
                event.serviceId());
    }

    @EventHandler
    void on(ProviderRegistered event) {
        writes.insert(
                RankingProviderTable.RANKING_PROVIDER,
                event.providerId().value(),
                row -> row.set(
                                RankingProviderTable.BUSINESS_ID,
                                event.businessId().value())
                        .set(RankingProviderTable.ACTIVE, true)
                        .set(RankingProviderTable.STATUS, "AVAILABLE")
                        .set(RankingProviderTable.SKILLS, skills(event.skills()))
                        .set(RankingProviderTable.HOME_LAT, lat(event.home()))
                        .set(RankingProviderTable.HOME_LNG, lng(event.home()))
                        .set(RankingProviderTable.SERVICE_RADIUS_KM, event.serviceRadiusKm())
                        .set(RankingProviderTable.WEEKLY_HOURS, "")
                        .set(RankingProviderTable.COMPLETED, 0L)
                        .set(RankingProviderTable.CANCELLED, 0L)
                        .set(RankingProviderTable.DECLINED, 0L)
                        .set(RankingProviderTable.RATINGS, 0L)
                        .set(RankingProviderTable.RATING_STARS, 0L)
                        .set(RankingProviderTable.REVISION, 1L));
    }

    @EventHandler
    void on(ProviderProfileUpdated event) {
        changeProvider(
                event.providerId(),
                row -> row.set(RankingProviderTable.SKILLS, skills(event.skills()))
                        .set(RankingProviderTable.HOME_LAT, lat(event.home()))
                        .set(RankingProviderTable.HOME_LNG, lng(event.home()))
                        .set(RankingProviderTable.SERVICE_RADIUS_KM, event.serviceRadiusKm()));
    }

    @EventHandler
    void on(ProviderStatusChanged event) {
        changeProvider(
                event.providerId(),
                row -> row.set(RankingProviderTable.STATUS, event.status().name()));
    }

    @EventHandler
    void on(ProviderDeactivated event) {
        changeProvider(event.providerId(), row -> row.set(RankingProviderTable.ACTIVE, false));
    }

    @EventHandler
    void on(ProviderReactivated event) {
        changeProvider(event.providerId(), row -> row.set(RankingProviderTable.ACTIVE, true));
    }

    @EventHandler
    void on(WeeklyHoursSet event) {
        changeProvider(
                event.providerId(),
                row -> row.set(RankingProviderTable.WEEKLY_HOURS, WeeklyHoursText.format(event.weeklyHours())));
    }

    @EventHandler
    void on(TimeOffAdded event) {
        var period = event.timeOff();
        writes.write(
                RankingTimeOffTable.RANKING_TIME_OFF,
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
                RankingTimeOffTable.RANKING_TIME_OFF,
                event.timeOffId(),
                "delete from ranking_time_off where time_off_id = ?",
                event.timeOffId());
    }

    @EventHandler
    void on(BookingCreated event) {
        var customer = event.customer();
        Instant end = event.scheduledStart().plus(Duration.ofMinutes(event.durationMinutes()));
        writes.insert(
                RankingBookingTable.RANKING_BOOKING,
                event.bookingId().value(),
                row -> row.set(
                                RankingBookingTable.BUSINESS_ID,
                                event.businessId().value())
                        .set(RankingBookingTable.PROVIDER_ID, null)
                        .set(RankingBookingTable.STATUS, "PENDING")
                        .set(RankingBookingTable.SERVICE, event.service())
                        .set(RankingBookingTable.SCHEDULED_START, event.scheduledStart())
                        .set(RankingBookingTable.SCHEDULED_END, end)
                        .set(RankingBookingTable.LAT, customer == null ? null : customer.lat())
                        .set(RankingBookingTable.LNG, customer == null ? null : customer.lng())
                        .set(RankingBookingTable.ARRIVAL_FROM, ArrivalWindow.startOf(event.arrivalWindow()))
                        .set(RankingBookingTable.ARRIVAL_TO, ArrivalWindow.endOf(event.arrivalWindow())));
    }

    /** The day planner may move a start within its window. */
    @EventHandler
    void on(ArrivalWindowChanged event) {
        changeBooking(
                event.bookingId(),
                row -> row.set(RankingBookingTable.ARRIVAL_FROM, ArrivalWindow.startOf(event.arrivalWindow()))
                        .set(RankingBookingTable.ARRIVAL_TO, ArrivalWindow.endOf(event.arrivalWindow())));
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
        changeProvider(event.providerId(), row -> row.add(RankingProviderTable.COMPLETED, 1));
    }

    /** A cancelled job counts against the provider that held it, as the analytics' completion rate does. */
    @EventHandler
    void on(BookingCancelled event) {
        // It reads the booking's row to find the provider's: not a single-row write, so it cannot wait.
        writes.flush(RankingBookingTable.RANKING_BOOKING, RankingProviderTable.RANKING_PROVIDER);
        jdbc.update(
                "update ranking_provider set " + NEW_REVISION + "cancelled = cancelled + 1 where provider_id ="
                        + " (select provider_id from ranking_booking where booking_id = ?)",
                event.bookingId().value());
        setStatus(event.bookingId(), "CANCELLED");
    }

    @EventHandler
    void on(BookingDeclined event) {
        changeProvider(event.providerId(), row -> row.add(RankingProviderTable.DECLINED, 1));
    }

    @EventHandler
    void on(BookingRescheduled event) {
        Instant end = event.scheduledStart().plus(Duration.ofMinutes(event.durationMinutes()));
        changeBooking(
                event.bookingId(),
                row -> row.set(RankingBookingTable.SCHEDULED_START, event.scheduledStart())
                        .set(RankingBookingTable.SCHEDULED_END, end));
    }

    @EventHandler
    void on(BookingRated event) {
        if (event.providerId() != null) {
            changeProvider(
                    event.providerId(),
                    row -> row.add(RankingProviderTable.RATINGS, 1)
                            .add(RankingProviderTable.RATING_STARS, event.stars()));
        }
    }

    /** Before a rebuild from the event store: every business's rows go (TRUNCATE is not subject to RLS). */
    @ResetHandler
    void reset() {
        tables.truncate(
                RankingBusinessTable.RANKING_BUSINESS,
                RankingProviderTable.RANKING_PROVIDER,
                RankingTimeOffTable.RANKING_TIME_OFF,
                RankingBookingTable.RANKING_BOOKING,
                RankingServiceTable.RANKING_SERVICE);
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
        return AssignmentPolicyView.of(policy.weights(), policy.offerTimeoutMinutes(), policy.version());
    }

    private ProviderRanking rank(RankingInputs.Job described, dev.tandem.kernel.BusinessId businessId) {
        long started = System.nanoTime();
        var job = reader.withCatalogueSkill(businessId, described);
        var policy = reader.policy(businessId);
        List<RankingInputs.ProviderFacts> providers = reader.providers(businessId, job.slot());
        long read = System.nanoTime();
        reading.record(read - started, TimeUnit.NANOSECONDS);
        var ranked = new Ranking(policy.weights(), policy.zone(), settings.travelSpeedKmh()).rank(job, providers);
        ranking.record(System.nanoTime() - read, TimeUnit.NANOSECONDS);
        return ranked;
    }

    private void setProvider(BookingId bookingId, UUID providerId) {
        changeBooking(bookingId, row -> row.set(RankingBookingTable.PROVIDER_ID, providerId));
    }

    private void setStatus(BookingId bookingId, String status) {
        changeBooking(bookingId, row -> row.set(RankingBookingTable.STATUS, status));
    }

    /** Every change to a provider's row counts up its revision: the rankings cached per revision go stale. */
    private void changeProvider(ProviderId providerId, Consumer<DeferredWrites.Columns> change) {
        writes.update(
                RankingProviderTable.RANKING_PROVIDER,
                providerId.value(),
                row -> change.accept(row.add(RankingProviderTable.REVISION, 1)));
    }

    private void changeBooking(BookingId bookingId, Consumer<DeferredWrites.Columns> change) {
        writes.update(RankingBookingTable.RANKING_BOOKING, bookingId.value(), change);
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
