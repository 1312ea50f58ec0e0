package dev.tandem.query.board;

import dev.tandem.kernel.BusinessId;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The board's fold as it stood at a business's midnights ({@code board_snapshot}): a board at an instant is
 * folded from the latest one before it. They are derived from the event store alone, which never changes, so
 * one is written once and kept; two requests taking the same one at once keep the first.
 */
@Component
class BoardSnapshots {

    /** The fold of a business's events stored before a midnight, up to {@code lastGlobalIndex}. */
    record Snapshot(Instant dayStart, long lastGlobalIndex, PastBoard.State state) {}

    /**
     * Jackson's defaults, not the API's mapper: that one refuses what no client may send (instants before
     * 2000, for one), and a board keeps placeholders at the epoch for bookings it never saw created.
     */
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcTemplate jdbc;

    BoardSnapshots(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The latest snapshot of the business at or before {@code instant}, if any was taken. */
    Optional<Snapshot> latestAtOrBefore(BusinessId business, Instant instant) {
        return jdbc
                .query(
                        """
                        select day_start, last_global_index, state::text from board_snapshot
                         where business_id = ? and day_start <= ? order by day_start desc limit 1""",
                        (row, number) -> new Snapshot(
                                row.getTimestamp(1).toInstant(),
                                row.getLong(2),
                                JSON.readValue(row.getString(3), PastBoard.State.class)),
                        business.value(),
                        Timestamp.from(instant))
                .stream()
                .findFirst();
    }

    void save(BusinessId business, Snapshot snapshot) {
        jdbc.update(
                """
                insert into board_snapshot (business_id, day_start, last_global_index, state)
                values (?, ?, ?, ?::jsonb) on conflict do nothing""",
                business.value(),
                Timestamp.from(snapshot.dayStart()),
                snapshot.lastGlobalIndex(),
                JSON.writeValueAsString(snapshot.state()));
    }
}
