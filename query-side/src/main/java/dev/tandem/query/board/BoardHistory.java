package dev.tandem.query.board;

import dev.tandem.api.board.BoardView;
import dev.tandem.api.board.FindBoardQuery;
import dev.tandem.query.eventlog.BusinessEventLog;
import dev.tandem.query.eventlog.LoggedEvent;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/**
 * Answers {@link FindBoardQuery} from the event store alone: the business's events stored up to the instant,
 * read a batch at a time and folded into the board ({@link PastBoard}), never from the board's projection.
 */
@Component
class BoardHistory {

    private static final int BATCH = 1_000;

    private final BusinessEventLog log;

    BoardHistory(BusinessEventLog log) {
        this.log = log;
    }

    @QueryHandler
    BoardView handle(FindBoardQuery query) {
        var board = new PastBoard();
        // Stored times have microseconds in PostgreSQL: everything stored at the instant itself counts.
        Instant until = query.at().truncatedTo(ChronoUnit.MICROS).plus(1, ChronoUnit.MICROS);
        Long after = null;
        List<LoggedEvent> batch;
        do {
            batch = log.read(query.businessId(), new BusinessEventLog.Filter(after, null, until, null, null), BATCH);
            batch.forEach(event -> board.apply(event.payload()));
            if (!batch.isEmpty()) {
                after = batch.getLast().globalIndex();
            }
        } while (batch.size() == BATCH);
        return board.at(query.at());
    }
}
