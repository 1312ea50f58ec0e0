package dev.tandem.command.provider;

import dev.tandem.kernel.BookingId;
import dev.tandem.kernel.ProviderId;
import dev.tandem.kernel.TimeRange;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@link HeldJobs} from the slots the bookings hold ({@code booked_slot}, command V2), read in the transaction of
 * the change, so that a job booked at the same moment is seen or waits.
 */
@Component
class JdbcHeldJobs implements HeldJobs {

    private final JdbcTemplate jdbc;

    JdbcHeldJobs(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Job> heldBy(ProviderId providerId, Instant endingAfter) {
        return jdbc.query(
                "select booking_id, lower(during) as starts_at, upper(during) as ends_at from booked_slot"
                        + " where provider_id = ? and upper(during) > ? order by lower(during)",
                (row, number) -> new Job(
                        new BookingId(row.getObject("booking_id", UUID.class)),
                        new TimeRange(
                                row.getObject("starts_at", OffsetDateTime.class).toInstant(),
                                row.getObject("ends_at", OffsetDateTime.class).toInstant())),
                providerId.value(),
                endingAfter.atOffset(ZoneOffset.UTC));
    }
}
