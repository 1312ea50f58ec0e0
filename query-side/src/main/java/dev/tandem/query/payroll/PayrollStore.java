package dev.tandem.query.payroll;

import dev.tandem.api.payroll.StatementLine;
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.PayFrequency;
import dev.tandem.kernel.PaySchedule;
import dev.tandem.platform.database.Column;
import dev.tandem.platform.database.Table;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The payroll tables (query migration V22), written as the events come and read by the statements. */
@Component
class PayrollStore {

    static final Table<UUID> PAY_BUSINESS = new Table<>("pay_business", new Column<>("business_id"));
    static final Table<UUID> PAY_PERIOD_CLOSED = new Table<>("pay_period_closed", new Column<>("business_id"));
    static final Table<UUID> PAY_BOOKING = new Table<>("pay_booking", new Column<>("booking_id"));
    static final Table<String> PAY_LINE = new Table<>("pay_line", new Column<>("line_id"));

    /** A business's settings that payroll follows. */
    record Business(ZoneId zone, String currency, PaySchedule schedule, boolean chosen) {}

    /** What an event pays a provider for a booking: a job's earnings, a tip or an adjustment. */
    record Paid(
            BusinessId business,
            UUID provider,
            UUID booking,
            String kind,
            String payRateType,
            long payRateAmount,
            long grossCents,
            long providerEarningsCents,
            long tipCents,
            Instant recordedAt) {}

    /** A line of a statement with its provider and the day that places it in a period. */
    record Line(UUID providerId, LocalDate countsOn, StatementLine line) {}

    private final JdbcTemplate jdbc;

    PayrollStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void addBusiness(BusinessId business, String timeZone, String currency) {
        jdbc.update(
                """
                insert into pay_business (business_id, time_zone, currency, frequency, anchor_date, chosen)
                values (?, ?, ?, ?, ?, false) on conflict do nothing""",
                business.value(),
                timeZone,
                currency,
                PaySchedule.MONTHLY_FROM_THE_FIRST.frequency().name(),
                PaySchedule.MONTHLY_FROM_THE_FIRST.anchorDate());
    }

    void changeSettings(BusinessId business, String timeZone, String currency) {
        jdbc.update(
                "update pay_business set time_zone = ?, currency = ? where business_id = ?",
                timeZone,
                currency,
                business.value());
    }

    void setSchedule(BusinessId business, PayFrequency frequency, LocalDate anchorDate) {
        jdbc.update(
                "update pay_business set frequency = ?, anchor_date = ?, chosen = true where business_id = ?",
                frequency.name(),
                anchorDate,
                business.value());
    }

    void close(BusinessId business, LocalDate start, LocalDate end, Instant at) {
        jdbc.update("""
                insert into pay_period_closed (business_id, period_start, period_end, closed_at) values (?, ?, ?, ?)
                on conflict do nothing""", business.value(), start, end, Timestamp.from(at));
    }

    void addBooking(UUID booking, BusinessId business, String service, Instant scheduledStart) {
        jdbc.update("""
                insert into pay_booking (booking_id, business_id, service, scheduled_start) values (?, ?, ?, ?)
                on conflict do nothing""", booking, business.value(), service, Timestamp.from(scheduledStart));
    }

    void reschedule(UUID booking, Instant scheduledStart) {
        jdbc.update(
                "update pay_booking set scheduled_start = ? where booking_id = ?",
                Timestamp.from(scheduledStart),
                booking);
    }

    void complete(UUID booking, Instant completedAt) {
        jdbc.update(
                "update pay_booking set completed_at = ? where booking_id = ?", Timestamp.from(completedAt), booking);
    }

    Optional<Business> business(BusinessId business) {
        return jdbc
                .query(
                        "select time_zone, currency, frequency, anchor_date, chosen from pay_business where business_id = ?",
                        (row, number) -> new Business(
                                ZoneId.of(row.getString(1)),
                                row.getString(2),
                                new PaySchedule(
                                        PayFrequency.valueOf(row.getString(3)), row.getObject(4, LocalDate.class)),
                                row.getBoolean(5)),
                        business.value())
                .stream()
                .findFirst();
    }

    PayCalendar calendar(BusinessId business, PaySchedule schedule) {
        return new PayCalendar(
                schedule,
                jdbc.query(
                        "select period_start, period_end, closed_at from pay_period_closed where business_id = ?"
                                + " order by period_start",
                        (row, number) -> new PayCalendar.Closed(
                                row.getObject(1, LocalDate.class),
                                row.getObject(2, LocalDate.class),
                                row.getTimestamp(3).toInstant()),
                        business.value()));
    }

    /** The booking's scheduled start, if the booking is known. */
    Optional<Instant> scheduledStart(UUID booking) {
        return jdbc
                .query(
                        "select scheduled_start from pay_booking where booking_id = ?",
                        (row, number) -> row.getTimestamp(1).toInstant(),
                        booking)
                .stream()
                .findFirst();
    }

    /** Writes a line once: the same event handled again writes nothing. */
    void addLine(String lineId, Paid paid, LocalDate jobDate, LocalDate countsOn) {
        jdbc.update(
                """
                insert into pay_line (line_id, business_id, provider_id, booking_id, kind, job_date, counts_on,
                    carried_over, pay_rate_type, pay_rate_amount, gross_cents, provider_earnings_cents, tip_cents,
                    recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""",
                lineId,
                paid.business().value(),
                paid.provider(),
                paid.booking(),
                paid.kind(),
                jobDate,
                countsOn,
                !countsOn.equals(jobDate),
                paid.payRateType(),
                paid.payRateAmount(),
                paid.grossCents(),
                paid.providerEarningsCents(),
                paid.tipCents(),
                Timestamp.from(paid.recordedAt()));
    }

    /** The lines counting on the days from {@code from} to {@code to} (excluded), by job day. */
    List<Line> lines(BusinessId business, LocalDate from, LocalDate to, UUID onlyProvider) {
        return jdbc.query("""
                select l.provider_id, l.counts_on, l.booking_id, l.kind, l.job_date, b.completed_at, b.service,
                       l.pay_rate_type, l.pay_rate_amount, l.gross_cents, l.provider_earnings_cents, l.tip_cents,
                       l.carried_over
                  from pay_line l left join pay_booking b on b.booking_id = l.booking_id
                 where l.business_id = ? and l.counts_on >= ? and l.counts_on < ?
                   and (?::uuid is null or l.provider_id = ?::uuid)
                 order by l.job_date, l.recorded_at, l.line_id""", PayrollStore::line, business.value(), from, to, onlyProvider, onlyProvider);
    }

    private static Line line(ResultSet row, int number) throws SQLException {
        Timestamp completedAt = row.getTimestamp(6);
        return new Line(
                row.getObject(1, UUID.class),
                row.getObject(2, LocalDate.class),
                new StatementLine(
                        row.getObject(3, UUID.class).toString(),
                        row.getString(4),
                        row.getObject(5, LocalDate.class),
                        completedAt == null ? null : completedAt.toInstant(),
                        row.getString(7),
                        row.getString(8),
                        row.getLong(9),
                        row.getLong(10),
                        row.getLong(11),
                        row.getLong(12),
                        row.getBoolean(13)));
    }
}
