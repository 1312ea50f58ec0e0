package dev.tandem.standalone.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.tandem.api.MetadataKeys;
import dev.tandem.api.board.BoardView;
import dev.tandem.api.board.FindBoardQuery;
import dev.tandem.api.booking.BookingAssigned;
import dev.tandem.api.booking.BookingCancelled;
import dev.tandem.api.booking.BookingCompleted;
import dev.tandem.api.booking.BookingConfirmed;
import dev.tandem.api.booking.BookingCreated;
import dev.tandem.api.booking.BookingStarted;
import dev.tandem.api.booking.CustomerSummary;
import dev.tandem.api.business.BusinessRegistered;
import dev.tandem.api.provider.ProviderRegistered;
import dev.tandem.api.provider.ProviderStatusChanged;
import dev.tandem.kernel.BookingId;
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.ProviderId;
import dev.tandem.kernel.ProviderStatus;
import dev.tandem.standalone.support.AsTheBusiness;
import dev.tandem.standalone.support.HttpTests;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The board at a past instant folded from a snapshot taken at a midnight equals the board folded from the
 * business's first event, at every half hour of five working days: a business's history stored days ago (in
 * Paris), one job a day for Ada, a job booked days ahead and a cancelled one.
 */
class BoardSnapshotsIntegrationTests extends HttpTests {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Autowired
    EventStore eventStore;

    @Autowired
    QueryGateway queries;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    private final BusinessId business = BusinessId.newId();
    private final ProviderId ada = ProviderId.newId();
    private final ProviderId bo = ProviderId.newId();
    private final Map<String, Long> sequences = new HashMap<>();
    private final List<EventMessage<?>> history = new ArrayList<>();
    private final Map<Integer, BookingId> jobOfDay = new LinkedHashMap<>();
    private final BookingId aheadJob = BookingId.newId();
    private LocalDate today;

    @BeforeEach
    void aWeekStoredDaysAgo() {
        today = LocalDate.now(PARIS);
        stored(
                at(-6, "08:00"),
                "Business",
                business.toString(),
                new BusinessRegistered(business, "Past Cleaning", "Europe/Paris", "EUR"));
        stored(at(-6, "08:01"), "Provider", ada.toString(), registered(ada, "Ada"));
        stored(at(-6, "08:02"), "Provider", bo.toString(), registered(bo, "Bo"));
        bookedAhead();
        for (int day = -5; day <= -1; day++) {
            aJobDoneOn(day);
        }
        cancelledOn(-4);
        eventStore.publish(history);
    }

    @Test
    void aBoardFoldedFromSnapshotsEqualsTheBoardFoldedFromTheFirstEvent() {
        List<Instant> instants = new ArrayList<>();
        for (Instant t = at(-5, "06:00"); t.isBefore(at(-1, "18:00")); t = t.plusSeconds(1_800)) {
            instants.add(t);
        }
        Map<Instant, BoardView> fromTheFirstEvent = new LinkedHashMap<>();
        for (Instant instant : instants) {
            forgetSnapshots();
            fromTheFirstEvent.put(instant, boardAt(instant));
        }

        forgetSnapshots();
        boardAt(at(-1, "18:00"));

        assertThat(snapshotDays()).containsExactly(day(-5), day(-4), day(-3), day(-2), day(-1));
        for (Instant instant : instants) {
            assertThat(boardAt(instant)).as("the board at %s", instant).isEqualTo(fromTheFirstEvent.get(instant));
        }
    }

    @Test
    void aBoardFromASnapshotShowsWhatTheBusinessSawThen() {
        forgetSnapshots();
        boardAt(at(-1, "18:00"));

        BoardView during = boardAt(at(-3, "10:30"));
        BoardView after = boardAt(at(-3, "11:30"));

        assertThat(during.providers())
                .extracting(BoardView.Provider::name, BoardView.Provider::status, BoardView.Provider::currentBookingId)
                .containsExactly(tuple("Ada", "BUSY", jobOfDay.get(-3).toString()), tuple("Bo", "AVAILABLE", null));
        assertThat(during.bookings())
                .extracting(BoardView.Booking::id, BoardView.Booking::status)
                .containsExactly(tuple(jobOfDay.get(-3).toString(), "IN_PROGRESS"));
        assertThat(after.providers().getFirst().status()).isEqualTo("AVAILABLE");
        assertThat(after.providers().getFirst().nextBookingAt()).isEqualTo(at(-1, "15:00"));
        assertThat(after.bookings()).extracting(BoardView.Booking::status).containsExactly("COMPLETED");
    }

    @Test
    void aBoardIsFoldedFromTheLatestSnapshotBeforeItsInstant() {
        forgetSnapshots();
        boardAt(at(-1, "18:00"));
        asTheBusiness(() -> jdbc.update(
                "update board_snapshot set state = jsonb_set(state, array['providers', ?, 'name'], '\"Marked\"')"
                        + " where business_id = ? and day_start = ?",
                ada.toString(),
                business.value(),
                Timestamp.from(day(-3))));

        assertThat(boardAt(at(-3, "10:30")).providers())
                .extracting(BoardView.Provider::name)
                .contains("Marked");
        assertThat(boardAt(at(-4, "10:30")).providers())
                .extracting(BoardView.Provider::name)
                .contains("Ada");
    }

    @Test
    void aSnapshotKeepsOpenBookingsAndForgetsThoseDoneDaysBefore() {
        forgetSnapshots();
        boardAt(at(-1, "18:00"));

        List<String> kept = asTheBusiness(() -> jdbc.queryForList(
                "select jsonb_object_keys(state -> 'bookings') from board_snapshot"
                        + " where business_id = ? and day_start = ?",
                String.class,
                business.value(),
                Timestamp.from(day(-1))));

        assertThat(kept).contains(aheadJob.toString(), jobOfDay.get(-2).toString());
        assertThat(kept)
                .doesNotContain(jobOfDay.get(-5).toString(), jobOfDay.get(-4).toString());
    }

    private void bookedAhead() {
        stored(at(-5, "07:30"), "Booking", aheadJob.toString(), created(aheadJob, at(-1, "15:00")));
        stored(at(-5, "07:31"), "Booking", aheadJob.toString(), new BookingAssigned(aheadJob, business, ada, null));
    }

    private void aJobDoneOn(int day) {
        BookingId job = BookingId.newId();
        jobOfDay.put(day, job);
        String id = job.toString();
        stored(at(day, "07:00"), "Booking", id, created(job, at(day, "10:00")));
        stored(at(day, "07:01"), "Booking", id, new BookingAssigned(job, business, ada, null));
        stored(at(day, "07:05"), "Booking", id, new BookingConfirmed(job, business, ada));
        stored(at(day, "10:00"), "Booking", id, new BookingStarted(job, business, ada, at(day, "10:00")));
        stored(
                at(day, "10:00"),
                "Provider",
                ada.toString(),
                statusOf(ProviderStatus.BUSY, ProviderStatus.AVAILABLE, job));
        stored(at(day, "11:00"), "Booking", id, new BookingCompleted(job, business, ada, at(day, "11:00")));
        stored(
                at(day, "11:00"),
                "Provider",
                ada.toString(),
                statusOf(ProviderStatus.AVAILABLE, ProviderStatus.BUSY, null));
    }

    private void cancelledOn(int day) {
        BookingId job = BookingId.newId();
        stored(at(day, "12:00"), "Booking", job.toString(), created(job, at(day, "16:00")));
        stored(
                at(day, "12:30"),
                "Booking",
                job.toString(),
                new BookingCancelled(job, business, "no longer needed", at(day, "12:30")));
    }

    private BookingCreated created(BookingId job, Instant start) {
        var customer =
                new CustomerSummary(UUID.randomUUID().toString(), "Cy Customer", null, null, "1 Rue X", 48.85, 2.35);
        return new BookingCreated(job, business, customer, "cleaning", start, 60, 9_000, "EUR", null, false);
    }

    private ProviderRegistered registered(ProviderId provider, String name) {
        return new ProviderRegistered(
                provider,
                business,
                name,
                name.toLowerCase() + "@example.com",
                null,
                List.of("cleaning"),
                null,
                null,
                null);
    }

    private ProviderStatusChanged statusOf(ProviderStatus now, ProviderStatus before, BookingId current) {
        return new ProviderStatusChanged(ada, business, now, before, current);
    }

    private void stored(Instant when, String type, String aggregateId, Object payload) {
        long sequence = sequences.merge(aggregateId, 1L, Long::sum) - 1;
        history.add(new GenericDomainEventMessage<>(
                type,
                aggregateId,
                sequence,
                payload,
                Map.of(MetadataKeys.BUSINESS_ID, business.toString()),
                UUID.randomUUID().toString(),
                when));
    }

    private Instant at(int day, String time) {
        return ZonedDateTime.of(today.plusDays(day), LocalTime.parse(time), PARIS)
                .toInstant();
    }

    private Instant day(int day) {
        return today.plusDays(day).atStartOfDay(PARIS).toInstant();
    }

    private BoardView boardAt(Instant instant) {
        return queries.query(new FindBoardQuery(business, instant), BoardView.class)
                .join();
    }

    private List<Instant> snapshotDays() {
        return asTheBusiness(() -> jdbc.queryForList(
                        "select day_start from board_snapshot where business_id = ? order by day_start",
                        Timestamp.class,
                        business.value()))
                .stream()
                .map(Timestamp::toInstant)
                .toList();
    }

    private void forgetSnapshots() {
        asTheBusiness(() -> jdbc.update("delete from board_snapshot where business_id = ?", business.value()));
    }

    /** The table is under the tenant policy: a transaction sees only the rows of the business it sets. */
    private <T> T asTheBusiness(Supplier<T> work) {
        return new AsTheBusiness(transactions, jdbc).run(business.value(), work);
    }
}
