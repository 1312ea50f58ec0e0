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

    /**
     * Holds the slot unless another booking of the provider overlaps it: a slot taken before is seen by the
     * insert itself, which then inserts nothing, so the refusal leaves the transaction usable (a saga moves on
     * to the next provider in it). Only a booking made at the same moment, not yet committed, meets the
     * constraint, whose violation aborts the transaction.
     */
    @Override
    public void reserve(BookingId bookingId, BusinessId businessId, ProviderId providerId, TimeRange during) {
        int held;
        try {
            held = jdbc.update(
                    "insert into booked_slot (booking_id, business_id, provider_id, during)"
                            + " select ?, ?, ?, slot from (select tstzrange(?::timestamptz, ?::timestamptz, '[)') as slot) s"
                            + " where not exists (select 1 from booked_slot taken where taken.provider_id = ?"
                            + " and taken.during && s.slot and taken.booking_id <> ?)"
                            + " on conflict (booking_id) do update"
                            + " set provider_id = excluded.provider_id, during = excluded.during",
                    bookingId.value(),
                    businessId.value(),
                    providerId.value(),
                    during.start().atOffset(ZoneOffset.UTC),
                    during.end().atOffset(ZoneOffset.UTC),
                    providerId.value(),
                    bookingId.value());
        } catch (DataAccessException e) {
            if (isExclusionViolation(e)) {
                throw taken();
            }
            throw e;
        }
        if (held == 0) {
            throw taken();
        }
    }

    private static ConflictException taken() {
        return new ConflictException("The provider already has a booking at that time.");
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
