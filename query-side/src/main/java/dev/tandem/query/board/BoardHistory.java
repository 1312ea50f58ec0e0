package dev.tandem.query.board;

import dev.tandem.api.board.BoardView;
import dev.tandem.api.board.FindBoardQuery;
import dev.tandem.api.booking.BookingAssigned;
import dev.tandem.api.booking.BookingCancelled;
import dev.tandem.api.booking.BookingCompleted;
import dev.tandem.api.booking.BookingConfirmed;
import dev.tandem.api.booking.BookingCreated;
import dev.tandem.api.booking.BookingRescheduled;
import dev.tandem.api.booking.BookingStarted;
import dev.tandem.api.booking.BookingUnassigned;
import dev.tandem.api.business.BusinessRegistered;
import dev.tandem.api.business.BusinessSettingsChanged;
import dev.tandem.api.provider.ProviderDeactivated;
import dev.tandem.api.provider.ProviderProfileUpdated;
import dev.tandem.api.provider.ProviderReactivated;
import dev.tandem.api.provider.ProviderRegistered;
import dev.tandem.api.provider.ProviderStatusChanged;
import dev.tandem.kernel.BusinessId;
import dev.tandem.query.eventlog.BusinessEventLog;
import dev.tandem.query.eventlog.LoggedEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/**
 * Answers {@link FindBoardQuery} from the event store alone: the business's events stored up to the instant,
 * read a batch at a time and folded into the board ({@link PastBoard}), never from the board's projection. The
 * fold starts from the latest snapshot before the instant, and leaves one at each midnight it passes, so a
 * business's long history is folded once rather than at every request.
 */
@Component
class BoardHistory {

    private static final int BATCH = 1_000;
    /**
     * Snapshots are taken at midnights at least this old: by then every event stored before the midnight has
     * been committed (a command's transaction lasts seconds at most), so none can be missing from the fold.
     */
    private static final Duration SETTLED = Duration.ofHours(1);
    /** The events the board shows something of; the others are not read. */
    private static final List<String> SHOWN = Stream.of(
                    BusinessRegistered.class,
                    BusinessSettingsChanged.class,
                    ProviderRegistered.class,
                    ProviderProfileUpdated.class,
                    ProviderStatusChanged.class,
                    ProviderDeactivated.class,
                    ProviderReactivated.class,
                    BookingCreated.class,
                    BookingAssigned.class,
                    BookingUnassigned.class,
                    BookingConfirmed.class,
                    BookingStarted.class,
                    BookingCompleted.class,
                    BookingCancelled.class,
                    BookingRescheduled.class)
            .map(Class::getName)
            .toList();

    private final BusinessEventLog log;
    private final BoardSnapshots snapshots;
    private final Clock clock;

    BoardHistory(BusinessEventLog log, BoardSnapshots snapshots, Clock clock) {
        this.log = log;
        this.snapshots = snapshots;
        this.clock = clock;
    }

    @QueryHandler
    BoardView handle(FindBoardQuery query) {
        // Stored times have microseconds in PostgreSQL: everything stored at the instant itself counts.
        Instant until = query.at().truncatedTo(ChronoUnit.MICROS).plus(1, ChronoUnit.MICROS);
        var fold = snapshots
                .latestAtOrBefore(query.businessId(), query.at())
                .map(snapshot -> new Fold(query.businessId(), snapshot))
                .orElseGet(() -> new Fold(query.businessId()));
        List<LoggedEvent> batch;
        do {
            batch = log.read(
                    query.businessId(),
                    new BusinessEventLog.Filter(fold.lastGlobalIndex, null, until, null, null, SHOWN),
                    BATCH);
            batch.forEach(fold::apply);
        } while (batch.size() == BATCH);
        return fold.board.at(query.at());
    }

    /** One request's fold: the board so far, where it stands in the store, and the snapshots it leaves. */
    private final class Fold {

        final BusinessId business;
        final PastBoard board;
        final Instant settled = clock.instant().minus(SETTLED);
        Long lastGlobalIndex;
        /**
         * The latest time among the events folded in. A snapshot at a midnight must hold only events stored
         * before it; events come in the order they were stored, which the order of their times follows
         * closely but not exactly (two transactions at once), so the test is against the latest of them.
         */
        Instant latestFolded;

        Fold(BusinessId business) {
            this.business = business;
            this.board = new PastBoard();
        }

        Fold(BusinessId business, BoardSnapshots.Snapshot from) {
            this.business = business;
            this.board = new PastBoard(from.state());
            this.lastGlobalIndex = from.lastGlobalIndex();
            this.latestFolded = from.dayStart();
        }

        void apply(LoggedEvent event) {
            Instant midnight = board.startOfDay(event.occurredAt());
            if (latestFolded != null && latestFolded.isBefore(midnight) && !midnight.isAfter(settled)) {
                board.forgetClosedBookingsBefore(midnight);
                snapshots.save(business, new BoardSnapshots.Snapshot(midnight, lastGlobalIndex, board.state()));
            }
            board.apply(event.payload());
            lastGlobalIndex = event.globalIndex();
            if (latestFolded == null || event.occurredAt().isAfter(latestFolded)) {
                latestFolded = event.occurredAt();
            }
        }
    }
}
