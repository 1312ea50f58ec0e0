package dev.tandem.standalone.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tandem.api.MetadataKeys;
import dev.tandem.api.booking.BookingNotesChanged;
import dev.tandem.api.booking.TipAdded;
import dev.tandem.kernel.BookingId;
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.PayRate;
import dev.tandem.kernel.PayRateType;
import dev.tandem.kernel.ProviderId;
import dev.tandem.platform.consistency.ProjectionBarrier;
import dev.tandem.standalone.booking.Bookings;
import dev.tandem.standalone.replay.Rebuilds;
import dev.tandem.standalone.support.Api;
import dev.tandem.standalone.support.HttpTests;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * An event one projection cannot handle stops only that projection's view of that one aggregate: its events
 * are parked in the dead-letter queue, every other aggregate and business carries on, health stays UP, and the
 * operator sees the parked events, retries them and evicts them. The events that cannot be stored are put in
 * the store directly, as events kept from before the API refused such values.
 */
class FaultIsolationIntegrationTests extends HttpTests {

    private static final Instant START = Instant.parse("2027-06-08T08:00:00Z");

    @Autowired
    EventStore eventStore;

    @Autowired
    ProjectionBarrier projections;

    /** The aggregates the command side keeps in memory: an event stored behind their back makes them stale. */
    @Autowired
    List<Cache> aggregateCaches;

    @Autowired
    FailsForChosenBusinesses failsForChosenBusinesses;

    Bookings bookings;
    Api.Session faulty;
    Api.Session other;

    @BeforeEach
    void twoBusinesses() {
        bookings = new Bookings(api);
        faulty = api.signUp();
        other = api.signUp();
    }

    @Test
    void anEventWithTextNoViewCanStoreIsParkedAndEveryOtherBookingCarriesOn() {
        JsonNode booking = unassigned(faulty, START);
        String bookingId = booking.get("id").asString();
        storeEvent(faulty, booking, new BookingNotesChanged(bookingOf(booking), businessOf(faulty), "Ring\u0000"));

        var later = api.patch("/api/bookings/" + bookingId)
                .as(faulty)
                .json(Map.of("priceCents", 12_000))
                .send();
        String sameBusinessOtherBooking =
                unassigned(faulty, START.plusSeconds(7_200)).get("id").asString();
        String otherBusinessBooking = unassigned(other, START).get("id").asString();

        assertThat(later.status()).isEqualTo(200);
        assertThat(idsOf(api.get("/api/bookings").as(faulty).send())).contains(sameBusinessOtherBooking);
        assertThat(idsOf(api.get("/api/bookings").as(other).send())).containsExactly(otherBusinessBooking);
        // The booking's own view waits at the event it could not store, and its later change behind it.
        var parkedView = api.get("/api/bookings/" + bookingId).as(faulty).send().body();
        assertThat(parkedView.get("priceCents").asLong()).isEqualTo(10_000);
        JsonNode parked = parkedBy("booking-view", bookingId);
        assertThat(parked.get("eventType").asString()).isEqualTo("BookingNotesChanged");
        assertThat(parked.get("businessId").asString()).isEqualTo(faulty.businessId());
        assertThat(parked.get("events").asLong()).isEqualTo(2);
        assertThat(parked.get("attempts").asLong()).isEqualTo(1);
        assertThat(parked.get("cause").asString()).contains("0x00");
        assertThat(health()).isEqualTo("UP");
        assertThat(api.get("/actuator/prometheus").send().text())
                .contains("tandem_dead_letters_parked_total{processor=\"booking-view\"}");
    }

    @Test
    void tipsAddingUpPastWhatTheLedgerHoldsAreParkedAndOtherEarningsAreRecorded() {
        var provider = bookings.provider(faulty, new PayRate(PayRateType.PERCENTAGE, 5_000, Bookings.PAY_RATES_FROM));
        JsonNode booking = bookings.booked(faulty, START, provider);
        bookings.runToCompletion(provider, booking.get("id").asString());
        booking = api.get("/api/bookings/" + booking.get("id").asString())
                .as(faulty)
                .send()
                .body();
        var tip = new TipAdded(bookingOf(booking), businessOf(faulty), ProviderId.of(provider.id()), Long.MAX_VALUE);
        long version = booking.get("version").asLong();
        storeEvent(faulty, booking.get("id").asString(), version + 1, tip);
        storeEvent(faulty, booking.get("id").asString(), version + 2, tip);

        var otherProvider = bookings.provider(other, new PayRate(PayRateType.FLAT, 4_000, Bookings.PAY_RATES_FROM));
        bookings.runToCompletion(
                otherProvider,
                bookings.booked(other, START, otherProvider).get("id").asString());

        var ledger = api.get("/api/admin/earnings").as(other).send().body();
        assertThat(ledger.get("totals").get("providerEarningsCents").asLong()).isEqualTo(4_000);
        var faultyLedger = api.get("/api/admin/earnings").as(faulty).send().body();
        assertThat(faultyLedger.get("totals").get("tipCents").asLong()).isEqualTo(Long.MAX_VALUE);
        assertThat(parkedBy("earnings-ledger", booking.get("id").asString())
                        .get("cause")
                        .asString())
                .contains("out of range");
    }

    @Test
    void aHandlerThatFailsForOneBusinessParksItsEventsUntilTheOperatorRetriesThem() {
        failsForChosenBusinesses.failing.add(businessOf(faulty));
        String parked = unassigned(faulty, START).get("id").asString();
        String otherBusinessBooking = unassigned(other, START).get("id").asString();

        await().atMost(Duration.ofSeconds(20))
                .until(() -> failsForChosenBusinesses.handled.contains(BookingId.of(otherBusinessBooking)));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> parkedOrNull(FailsForChosenBusinesses.PROCESSING_GROUP, parked) != null);
        assertThat(failsForChosenBusinesses.handled).doesNotContain(BookingId.of(parked));

        assertThat(retry(FailsForChosenBusinesses.PROCESSING_GROUP, parked).status())
                .isEqualTo(409);
        assertThat(parkedBy(FailsForChosenBusinesses.PROCESSING_GROUP, parked)
                        .get("attempts")
                        .asLong())
                .isEqualTo(2);

        failsForChosenBusinesses.failing.remove(businessOf(faulty));
        assertThat(retry(FailsForChosenBusinesses.PROCESSING_GROUP, parked).status())
                .isEqualTo(204);
        assertThat(failsForChosenBusinesses.handled).contains(BookingId.of(parked));
        assertThat(parkedOrNull(FailsForChosenBusinesses.PROCESSING_GROUP, parked))
                .isNull();
    }

    @Test
    void theOperatorEvictsWhatCannotBeHandledAndOnlyTheOperatorSeesIt() {
        JsonNode booking = unassigned(faulty, START);
        String bookingId = booking.get("id").asString();
        storeEvent(faulty, booking, new BookingNotesChanged(bookingOf(booking), businessOf(faulty), "\u0000"));
        parkedBy("booking-view", bookingId);

        assertThat(api.get("/api/operator/dead-letters").as(faulty).send().status())
                .isEqualTo(401);
        var evicted = api.post("/api/operator/dead-letters/booking-view/" + bookingId + "/evict")
                .asOperator()
                .send();

        assertThat(evicted.status()).isEqualTo(204);
        assertThat(parkedOrNull("booking-view", bookingId)).isNull();
        assertThat(api.post("/api/operator/dead-letters/booking-view/" + bookingId + "/retry")
                        .asOperator()
                        .send()
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aRebuildGoesPastAParkedEventAndParksItAgain() {
        JsonNode booking = unassigned(faulty, START);
        String bookingId = booking.get("id").asString();
        storeEvent(faulty, booking, new BookingNotesChanged(bookingOf(booking), businessOf(faulty), "\u0000"));
        String otherBooking = unassigned(other, START).get("id").asString();

        var started = api.post("/api/operator/replays")
                .asOperator()
                .json(Map.of("projection", "booking-view"))
                .send();
        var finished = Rebuilds.awaitFinished(api, started.header("Location"));

        assertThat(finished.get("state").asString()).isEqualTo("DONE");
        assertThat(idsOf(api.get("/api/bookings").as(other).send())).containsExactly(otherBooking);
        assertThat(parkedBy("booking-view", bookingId).get("attempts").asLong()).isEqualTo(1);
    }

    @Test
    void healthAndReadinessAreDownWhileAProcessorIsStuckAndUpOnceItRecovers() {
        failsForChosenBusinesses.stuck.add(businessOf(faulty));
        String booking = unassigned(faulty, START).get("id").asString();

        await().atMost(Duration.ofSeconds(20)).until(() -> health().equals("DOWN"));
        assertThat(api.get("/actuator/health/readiness").send().status()).isEqualTo(503);
        assertThat(api.get("/actuator/prometheus").send().text()).contains("tandem_event_processors_stuck 1.0");
        assertThat(parkedOrNull(FailsForChosenBusinesses.PROCESSING_GROUP, booking))
                .isNull();

        failsForChosenBusinesses.stuck.remove(businessOf(faulty));
        await().atMost(Duration.ofSeconds(30)).until(() -> health().equals("UP"));
        assertThat(failsForChosenBusinesses.handled).contains(BookingId.of(booking));
        assertThat(api.get("/actuator/health/readiness").send().status()).isEqualTo(200);
    }

    /** A booking nobody is offered: the assignment saga leaves it alone, so no event of its comes between. */
    private JsonNode unassigned(Api.Session admin, Instant start) {
        var body = Bookings.newBooking(start, null);
        body.put("autoAssign", false);
        var created = bookings.create(admin, body);
        assertThat(created.status()).isEqualTo(201);
        return created.body();
    }

    /** Appends the event after the booking's latest, as a command would have, and waits for the views. */
    private void storeEvent(Api.Session admin, JsonNode booking, Object payload) {
        storeEvent(admin, booking.get("id").asString(), booking.get("version").asLong() + 1, payload);
    }

    private void storeEvent(Api.Session admin, String bookingId, long sequence, Object payload) {
        eventStore.publish(new GenericDomainEventMessage<>(
                "Booking", bookingId, sequence, payload, MetaData.with(MetadataKeys.BUSINESS_ID, admin.businessId())));
        // As if an earlier build had stored it: the booking is read from its events again, as after a restart.
        aggregateCaches.forEach(cache -> cache.remove(bookingId));
        projections.awaitAggregates(bookingId);
    }

    private JsonNode parkedBy(String processor, String sequenceId) {
        JsonNode parked = parkedOrNull(processor, sequenceId);
        assertThat(parked).as("%s parked by %s", sequenceId, processor).isNotNull();
        return parked;
    }

    private JsonNode parkedOrNull(String processor, String sequenceId) {
        var page = api.get("/api/operator/dead-letters?limit=500").asOperator().send();
        assertThat(page.status()).isEqualTo(200);
        return StreamSupport.stream(page.body().get("items").spliterator(), false)
                .filter(item -> item.get("processor").asString().equals(processor))
                .filter(item -> item.get("sequenceId").asString().equals(sequenceId))
                .findFirst()
                .orElse(null);
    }

    private Api.Response retry(String processor, String sequenceId) {
        return api.post("/api/operator/dead-letters/" + processor + "/" + sequenceId + "/retry")
                .asOperator()
                .send();
    }

    private String health() {
        return api.get("/actuator/health").send().body().get("status").asString();
    }

    private static List<String> idsOf(Api.Response list) {
        return StreamSupport.stream(list.body().get("items").spliterator(), false)
                .map(item -> item.get("id").asString())
                .toList();
    }

    private static BookingId bookingOf(JsonNode booking) {
        return BookingId.of(booking.get("id").asString());
    }

    private static BusinessId businessOf(Api.Session admin) {
        return BusinessId.of(admin.businessId());
    }
}
