package dev.tandem.query.analytics;

import dev.tandem.api.analytics.AnalyticsPeriod;
import dev.tandem.kernel.BookingStatus;
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.ProviderId;
import dev.tandem.kernel.TimeRange;
import dev.tandem.query.schedule.WeeklyHoursText;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reads the analytics tables for one business and period: the bookings, their declines, the providers and what
 * their available minutes come from. Each read is one query over an index on the business (and the start).
 */
@Repository
class AnalyticsStore {

    private final NamedParameterJdbcTemplate jdbc;

    AnalyticsStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Which bookings of a business count: those of one provider or service, when set. */
    record Scope(BusinessId businessId, ProviderId providerId, String service) {}

    /** A provider as the figures name it. */
    record ProviderRow(UUID providerId, String name, Instant deactivatedAt) {}

    /** The business's zone; a business not projected yet is read in UTC. */
    ZoneId zone(BusinessId businessId) {
        List<String> zones = jdbc.queryForList(
                "select time_zone from analytics_business where business_id = :business",
                new MapSqlParameterSource("business", businessId.value()),
                String.class);
        return zones.isEmpty() ? ZoneOffset.UTC : ZoneId.of(zones.getFirst());
    }

    List<BookingFact> bookings(Scope scope, AnalyticsPeriod period, ZoneId zone) {
        var sql = new StringBuilder("select provider_id, service, status, scheduled_start, duration_minutes, stars,"
                + " tip_cents, gross_cents, provider_earnings_cents, business_commission_cents from analytics_booking"
                + " where business_id = :business and scheduled_start >= :start and scheduled_start < :end");
        var parameters = scoped(scope, period, zone, sql, "");
        return jdbc.query(
                sql.toString(),
                parameters,
                (row, number) -> new BookingFact(
                        row.getObject("provider_id", UUID.class),
                        row.getString("service"),
                        BookingStatus.valueOf(row.getString("status")),
                        LocalDateTime.ofInstant(
                                row.getTimestamp("scheduled_start").toInstant(), zone),
                        row.getInt("duration_minutes"),
                        (Integer) row.getObject("stars", Integer.class),
                        row.getLong("tip_cents"),
                        row.getLong("gross_cents"),
                        row.getLong("provider_earnings_cents"),
                        row.getLong("business_commission_cents")));
    }

    /** Declines of the period's bookings, per provider that declined. */
    Map<UUID, Long> declines(Scope scope, AnalyticsPeriod period, ZoneId zone) {
        var sql = new StringBuilder("select d.provider_id, count(*) as declines from analytics_decline d"
                + " join analytics_booking b on b.booking_id = d.booking_id where d.business_id = :business"
                + " and b.business_id = :business and b.scheduled_start >= :start and b.scheduled_start < :end");
        var parameters = scopedDeclines(scope, period, zone, sql);
        sql.append(" group by d.provider_id");
        var declines = new HashMap<UUID, Long>();
        jdbc.query(sql.toString(), parameters, row -> {
            declines.put(row.getObject("provider_id", UUID.class), row.getLong("declines"));
        });
        return declines;
    }

    List<ProviderRow> providers(Scope scope) {
        var parameters =
                new MapSqlParameterSource("business", scope.businessId().value());
        String onlyOne = onlyTheProvider(scope, parameters);
        return jdbc.query(
                "select provider_id, name, deactivated_at from analytics_provider where business_id = :business"
                        + onlyOne + " order by lower(name), provider_id",
                parameters,
                (row, number) -> new ProviderRow(
                        row.getObject("provider_id", UUID.class),
                        row.getString("name"),
                        instant(row.getTimestamp("deactivated_at"))));
    }

    /** Every weekly schedule of the scope's providers, per provider. */
    Map<UUID, List<AvailableMinutes.Version>> schedules(Scope scope) {
        var parameters =
                new MapSqlParameterSource("business", scope.businessId().value());
        String onlyOne = onlyTheProvider(scope, parameters);
        var schedules = new HashMap<UUID, List<AvailableMinutes.Version>>();
        jdbc.query(
                "select provider_id, effective_at, weekly_hours from analytics_weekly_hours"
                        + " where business_id = :business" + onlyOne,
                parameters,
                row -> {
                    schedules
                            .computeIfAbsent(row.getObject("provider_id", UUID.class), id -> new ArrayList<>())
                            .add(new AvailableMinutes.Version(
                                    row.getTimestamp("effective_at").toInstant(),
                                    WeeklyHoursText.parse(row.getString("weekly_hours"))));
                });
        return schedules;
    }

    /** The time off of the scope's providers that touches the period, per provider. */
    Map<UUID, List<TimeRange>> timeOff(Scope scope, AnalyticsPeriod period, ZoneId zone) {
        var parameters = new MapSqlParameterSource(
                        "business", scope.businessId().value())
                .addValue("start", Timestamp.from(start(period, zone)))
                .addValue("end", Timestamp.from(end(period, zone)));
        String onlyOne = onlyTheProvider(scope, parameters);
        var timeOff = new HashMap<UUID, List<TimeRange>>();
        jdbc.query(
                "select provider_id, starts_at, ends_at from analytics_time_off where business_id = :business"
                        + " and ends_at > :start and starts_at < :end" + onlyOne,
                parameters,
                row -> {
                    timeOff.computeIfAbsent(row.getObject("provider_id", UUID.class), id -> new ArrayList<>())
                            .add(new TimeRange(
                                    row.getTimestamp("starts_at").toInstant(),
                                    row.getTimestamp("ends_at").toInstant()));
                });
        return timeOff;
    }

    private static MapSqlParameterSource scoped(
            Scope scope, AnalyticsPeriod period, ZoneId zone, StringBuilder sql, String alias) {
        var parameters = new MapSqlParameterSource(
                        "business", scope.businessId().value())
                .addValue("start", Timestamp.from(start(period, zone)))
                .addValue("end", Timestamp.from(end(period, zone)));
        if (scope.providerId() != null) {
            sql.append(" and ").append(alias).append("provider_id = :provider");
            parameters.addValue("provider", scope.providerId().value());
        }
        if (scope.service() != null) {
            sql.append(" and ").append(alias).append("service = :service");
            parameters.addValue("service", scope.service());
        }
        return parameters;
    }

    /** A provider's declines: those it made, of bookings of the service when one is set. */
    private static MapSqlParameterSource scopedDeclines(
            Scope scope, AnalyticsPeriod period, ZoneId zone, StringBuilder sql) {
        var parameters = scoped(new Scope(scope.businessId(), null, scope.service()), period, zone, sql, "b.");
        if (scope.providerId() != null) {
            sql.append(" and d.provider_id = :provider");
            parameters.addValue("provider", scope.providerId().value());
        }
        return parameters;
    }

    /** The condition that keeps the scope's one provider, if it has one. */
    private static String onlyTheProvider(Scope scope, MapSqlParameterSource parameters) {
        if (scope.providerId() == null) {
            return "";
        }
        parameters.addValue("provider", scope.providerId().value());
        return " and provider_id = :provider";
    }

    static Instant start(AnalyticsPeriod period, ZoneId zone) {
        return period.from().atStartOfDay(zone).toInstant();
    }

    static Instant end(AnalyticsPeriod period, ZoneId zone) {
        return period.to().plusDays(1).atStartOfDay(zone).toInstant();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
