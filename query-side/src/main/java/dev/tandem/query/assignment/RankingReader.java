package dev.tandem.query.assignment;

import dev.tandem.api.assignment.AssignmentWeights;
import dev.tandem.api.errors.NotFoundException;
import dev.tandem.kernel.BookingId;
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.GeoPoint;
import dev.tandem.kernel.TimeRange;
import dev.tandem.kernel.WeeklySchedule;
import dev.tandem.query.assignment.RankingInputs.BookedJob;
import dev.tandem.query.assignment.RankingInputs.ProviderFacts;
import dev.tandem.query.schedule.WeeklyHoursText;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads what one ranking needs in four queries, whatever the number of providers: the business's policy,
 * every provider, the time off that touches the job, and the bookings held around it.
 */
@Component
class RankingReader {

    /** Bookings this close to the job are read: enough for its whole local day and the jobs either side. */
    static final Duration AROUND = Duration.ofHours(24);

    /** Weekly hours as read back, by their text: providers of a business mostly share a few schedules. */
    private static final int SCHEDULES_KEPT = 10_000;

    /** Providers kept in memory between rankings, all businesses together (all are forgotten past this many). */
    private static final int PROVIDERS_KEPT = 100_000;

    private final JdbcTemplate jdbc;
    private final Map<String, WeeklySchedule> schedules = new ConcurrentHashMap<>();

    private final Map<UUID, Snapshot> snapshots = new ConcurrentHashMap<>();
    private final AtomicLong providersKept = new AtomicLong();

    RankingReader(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    record Policy(ZoneId zone, AssignmentWeights weights, Integer offerTimeoutMinutes, long version) {}

    /** A business the projection has not seen yet ranks in UTC by the default weights. */
    Policy policy(BusinessId businessId) {
        List<Policy> found = jdbc.query(
                "select time_zone, weight_distance, weight_workload, weight_rating, weight_completion,"
                        + " offer_timeout_minutes, version from ranking_business where business_id = ?",
                (row, number) -> new Policy(
                        ZoneId.of(row.getString("time_zone")),
                        row.getObject("weight_distance") == null
                                ? AssignmentWeights.DEFAULTS
                                : new AssignmentWeights(
                                        row.getDouble("weight_distance"),
                                        row.getDouble("weight_workload"),
                                        row.getDouble("weight_rating"),
                                        row.getDouble("weight_completion")),
                        row.getObject("offer_timeout_minutes", Integer.class),
                        row.getLong("version")),
                businessId.value());
        return found.isEmpty() ? new Policy(ZoneOffset.UTC, AssignmentWeights.DEFAULTS, null, 0) : found.getFirst();
    }

    /**
     * The job with the skill its service needs: the catalogue's (none, when the catalogue's service needs no
     * skill), or the skill named like the service when the catalogue does not list it.
     */
    RankingInputs.Job withCatalogueSkill(BusinessId businessId, RankingInputs.Job job) {
        List<Optional<String>> found = jdbc.query(
                "select skill from ranking_service where business_id = ? and name_key = ?",
                (row, number) -> Optional.ofNullable(row.getString("skill")),
                businessId.value(),
                job.service().strip().toLowerCase(Locale.ROOT));
        return found.isEmpty() ? job : job.needing(found.getFirst().orElse(null));
    }

    RankingInputs.Job job(BusinessId businessId, BookingId bookingId) {
        List<RankingInputs.Job> found = jdbc.query(
                "select service, scheduled_start, scheduled_end, lat, lng from ranking_booking"
                        + " where business_id = ? and booking_id = ?",
                (row, number) -> new RankingInputs.Job(
                        bookingId.toString(),
                        row.getString("service"),
                        point(row, "lat", "lng"),
                        new TimeRange(instant(row, "scheduled_start"), instant(row, "scheduled_end"))),
                businessId.value(),
                bookingId.value());
        if (found.isEmpty()) {
            throw new NotFoundException("No such booking.");
        }
        return found.getFirst();
    }

    /**
     * Every provider of the business, with its time off and bookings around the job. What changes per job
     * is read each time; the providers themselves come from memory while the sum of their revisions in the
     * database (V10) is the one they were read at.
     */
    List<ProviderFacts> providers(BusinessId businessId, TimeRange job) {
        UUID business = businessId.value();
        Map<UUID, List<TimeRange>> timeOff = timeOff(business, job);
        Map<UUID, List<BookedJob>> booked = booked(business, job);
        List<Provider> providers = providersOf(business);
        var facts = new ArrayList<ProviderFacts>(providers.size());
        for (Provider provider : providers) {
            facts.add(new ProviderFacts(
                    provider.idText(),
                    provider.active(),
                    provider.status(),
                    provider.skills(),
                    provider.home(),
                    provider.serviceRadiusKm(),
                    provider.weeklyHours(),
                    timeOff.getOrDefault(provider.id(), List.of()),
                    booked.getOrDefault(provider.id(), List.of()),
                    provider.completed(),
                    provider.notCompleted(),
                    provider.ratings(),
                    provider.ratingStars()));
        }
        return facts;
    }

    /** A provider's row as last read, whatever the job. */
    private record Provider(
            UUID id,
            String idText,
            boolean active,
            String status,
            Set<String> skills,
            GeoPoint home,
            Integer serviceRadiusKm,
            WeeklySchedule weeklyHours,
            int completed,
            int notCompleted,
            int ratings,
            long ratingStars) {}

    /** A business's providers and the sum of their revisions (and their number) when they were read. */
    private record Snapshot(BigDecimal revisions, long count, List<Provider> providers) {}

    private List<Provider> providersOf(UUID business) {
        Snapshot known = snapshots.get(business);
        if (known != null) {
            var now = jdbc.queryForMap(
                    "select coalesce(sum(revision), 0) as revisions, count(*) as providers from ranking_provider"
                            + " where business_id = ?",
                    business);
            if (known.revisions().compareTo(new BigDecimal(now.get("revisions").toString())) == 0
                    && known.count() == ((Number) now.get("providers")).longValue()) {
                return known.providers();
            }
        }
        var fresh = read(business);
        keep(business, fresh);
        return fresh.providers();
    }

    /** About a hundred bytes a provider: at most some ten megabytes, however many businesses rank. */
    private void keep(UUID business, Snapshot snapshot) {
        if (providersKept.get() + snapshot.count() > PROVIDERS_KEPT) {
            snapshots.clear();
            providersKept.set(0);
        }
        Snapshot replaced = snapshots.put(business, snapshot);
        providersKept.addAndGet(snapshot.count() - (replaced == null ? 0 : replaced.count()));
    }

    /**
     * The revisions summed here are those of the rows read, so the snapshot is exactly what it says. A row's
     * revision only grows, so a sum and count seen again mean the same rows as they were.
     */
    private Snapshot read(UUID business) {
        var revisions = new BigDecimal[] {BigDecimal.ZERO};
        List<Provider> providers = jdbc.query(
                "select provider_id, active, status, skills, home_lat, home_lng, service_radius_km, weekly_hours,"
                        + " completed, cancelled + declined, ratings, rating_stars, revision"
                        + " from ranking_provider where business_id = ?",
                (row, number) -> {
                    UUID id = row.getObject(1, UUID.class);
                    double lat = row.getDouble(5);
                    boolean homeless = row.wasNull();
                    double lng = row.getDouble(6);
                    int radius = row.getInt(7);
                    boolean unlimited = row.wasNull();
                    revisions[0] = revisions[0].add(BigDecimal.valueOf(row.getLong(13)));
                    return new Provider(
                            id,
                            id.toString(),
                            row.getBoolean(2),
                            row.getString(3),
                            Set.of((String[]) row.getArray(4).getArray()),
                            homeless ? null : new GeoPoint(lat, lng),
                            unlimited ? null : radius,
                            schedule(row.getString(8)),
                            row.getInt(9),
                            row.getInt(10),
                            row.getInt(11),
                            row.getLong(12));
                },
                business);
        return new Snapshot(revisions[0], providers.size(), List.copyOf(providers));
    }

    private Map<UUID, List<TimeRange>> timeOff(UUID business, TimeRange job) {
        var byProvider = new HashMap<UUID, List<TimeRange>>();
        jdbc.query(
                "select provider_id, starts_at, ends_at from ranking_time_off"
                        + " where business_id = ? and starts_at < ? and ends_at > ?",
                row -> {
                    byProvider
                            .computeIfAbsent(row.getObject("provider_id", UUID.class), id -> new ArrayList<>())
                            .add(new TimeRange(instant(row, "starts_at"), instant(row, "ends_at")));
                },
                business,
                utc(job.end()),
                utc(job.start()));
        return byProvider;
    }

    private Map<UUID, List<BookedJob>> booked(UUID business, TimeRange job) {
        var byProvider = new HashMap<UUID, List<BookedJob>>();
        jdbc.query(
                "select booking_id, provider_id, scheduled_start, scheduled_end, lat, lng from ranking_booking"
                        + " where business_id = ? and provider_id is not null"
                        + " and status in ('PENDING', 'CONFIRMED', 'IN_PROGRESS')"
                        + " and scheduled_start < ? and scheduled_start > ? and scheduled_end > ?",
                row -> {
                    byProvider
                            .computeIfAbsent(row.getObject("provider_id", UUID.class), id -> new ArrayList<>())
                            .add(new BookedJob(
                                    row.getObject("booking_id", UUID.class).toString(),
                                    new TimeRange(instant(row, "scheduled_start"), instant(row, "scheduled_end")),
                                    point(row, "lat", "lng")));
                },
                business,
                utc(job.end().plus(AROUND)),
                // Bookings last at most a day, so one starting earlier than this has ended before the window.
                utc(job.start().minus(AROUND).minus(AROUND)),
                utc(job.start().minus(AROUND)));
        return byProvider;
    }

    /**
     * A booking of the day to plan: its place, times and arrival window (null: a fixed start), and its provider
     * and status when it has one.
     */
    record DayBooking(
            String bookingId,
            String providerId,
            String status,
            String service,
            GeoPoint location,
            TimeRange slot,
            Instant arrivalFrom,
            Instant arrivalTo) {}

    /** The bookings still to be done that start in this span (a local day), in the order of their starts. */
    List<DayBooking> bookingsStarting(BusinessId businessId, TimeRange day) {
        return jdbc.query(
                "select booking_id, provider_id, status, service, scheduled_start, scheduled_end, lat, lng,"
                        + " arrival_from, arrival_to from ranking_booking where business_id = ?"
                        + " and status in ('PENDING', 'CONFIRMED', 'IN_PROGRESS')"
                        + " and scheduled_start >= ? and scheduled_start < ? order by scheduled_start, booking_id",
                (row, number) -> new DayBooking(
                        row.getObject("booking_id", UUID.class).toString(),
                        row.getObject("provider_id") == null
                                ? null
                                : row.getObject("provider_id", UUID.class).toString(),
                        row.getString("status"),
                        row.getString("service"),
                        point(row, "lat", "lng"),
                        new TimeRange(instant(row, "scheduled_start"), instant(row, "scheduled_end")),
                        row.getObject("arrival_from") == null ? null : instant(row, "arrival_from"),
                        row.getObject("arrival_to") == null ? null : instant(row, "arrival_to")),
                businessId.value(),
                utc(day.start()),
                utc(day.end()));
    }

    private WeeklySchedule schedule(String text) {
        WeeklySchedule known = schedules.get(text);
        if (known != null) {
            return known;
        }
        if (schedules.size() >= SCHEDULES_KEPT) {
            schedules.clear();
        }
        WeeklySchedule parsed = WeeklyHoursText.parse(text);
        schedules.put(text, parsed);
        return parsed;
    }

    private static GeoPoint point(ResultSet row, String lat, String lng) throws SQLException {
        Double latitude = row.getObject(lat, Double.class);
        Double longitude = row.getObject(lng, Double.class);
        return latitude == null || longitude == null ? null : new GeoPoint(latitude, longitude);
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        return row.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
