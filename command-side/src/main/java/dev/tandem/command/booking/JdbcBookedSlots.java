package dev.tandem.command.booking;

import dev.tandem.api.errors.ConflictException;
import dev.tandem.kernel.BookingId;
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.ProviderId;
import dev.tandem.kernel.TimeRange;
import java.sql.SQLException;
import java.time.ZoneOffset;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@link BookedSlots} in the {@code booked_slot} table, whose exclusion constraint refuses overlapping ranges
 * of one provider. The JdbcTemplate shares the connection of the command's transaction, so the slot and the
 * booking's events commit or roll back together; a concurrent overlapping insert waits for the first
 * transaction and then fails.
 */
@Component
class JdbcBookedSlots implements BookedSlots {

    /** PostgreSQL's exclusion_violation. */
    private static final String EXCLUSION_VIOLATION = "23P01";

    private final JdbcTemplate jdbc;

    JdbcBookedSlots(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void reserve(BookingId bookingId, BusinessId businessId, ProviderId providerId, TimeRange during) {
        try {
            jdbc.update(
                    "insert into booked_slot (booking_id, business_id, provider_id, during)"
                            + " values (?, ?, ?, tstzrange(?::timestamptz, ?::timestamptz, '[)'))"
                            + " on conflict (booking_id) do update"
                            + " set provider_id = excluded.provider_id, during = excluded.during",
                    bookingId.value(),
                    businessId.value(),
                    providerId.value(),
                    during.start().atOffset(ZoneOffset.UTC),
                    during.end().atOffset(ZoneOffset.UTC));
        } catch (DataAccessException e) {
            if (isExclusionViolation(e)) {
                throw new ConflictException("The provider already has a booking at that time.");
            }
            throw e;
        }
    }

    @Override
    public void release(BookingId bookingId) {
        jdbc.update("delete from booked_slot where booking_id = ?", bookingId.value());
    }

    private static boolean isExclusionViolation(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && EXCLUSION_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
