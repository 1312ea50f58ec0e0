package dev.tandem.standalone.audit;

import static dev.tandem.standalone.booking.Bookings.TEN_AM;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.standalone.booking.Bookings;
import dev.tandem.standalone.support.Api;
import dev.tandem.standalone.support.HttpTests;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The audit trail: a business's every event in order, with who caused it and a sentence, and nobody else's. */
class AuditTrailIntegrationTests extends HttpTests {

    Bookings bookings;
    Api.Session admin;
    Bookings.Provider provider;
    String bookingId;

    @BeforeEach
    void aBookingDoneFromStartToEnd() {
        bookings = new Bookings(api);
        admin = api.signUp();
        provider = bookings.provider(admin);
        bookingId = bookings.booked(admin, TEN_AM, provider).get("id").asString();
        bookings.runToCompletion(provider, bookingId);
    }

    @Test
    void everyEventComesInOrderWithItsActorAndASentence() {
        List<JsonNode> entries = all("/api/admin/audit?limit=500");

        assertThat(entries.getFirst().get("type").asString()).isEqualTo("BusinessRegistered");
        assertThat(entries.getFirst().get("summary").asString()).endsWith("signed up");
        var completed = entries.stream()
                .filter(entry -> entry.get("type").asString().equals("BookingCompleted"))
                .findFirst()
                .orElseThrow();
        assertThat(completed.get("aggregateType").asString()).isEqualTo("BOOKING");
        assertThat(completed.get("aggregateId").asString()).isEqualTo(bookingId);
        assertThat(completed.get("actor").get("role").asString()).isEqualTo("PROVIDER");
        assertThat(completed.get("summary").asString())
                .isEqualTo("Pat Provider completed booking 'cleaning' for Ada Customer");
        var created = entries.stream()
                .filter(entry -> entry.get("type").asString().equals("BookingCreated"))
                .findFirst()
                .orElseThrow();
        assertThat(created.get("actor").get("userId").asString()).isEqualTo(admin.userId());
        assertThat(entries.indexOf(created)).isLessThan(entries.indexOf(completed));
        assertThat(created.get("data").get("service").asString()).isEqualTo("cleaning");
    }

    @Test
    void pagesFollowOneAnotherWithoutGapOrRepeat() {
        var whole = all("/api/admin/audit?limit=500");
        var paged = new ArrayList<JsonNode>();
        String cursor = null;
        do {
            var page = api.get("/api/admin/audit?limit=3" + (cursor == null ? "" : "&cursor=" + cursor))
                    .as(admin)
                    .send()
                    .body();
            page.get("items").forEach(paged::add);
            cursor = page.get("nextCursor").isNull()
                    ? null
                    : page.get("nextCursor").asString();
        } while (cursor != null);

        assertThat(paged).isEqualTo(whole);
    }

    @Test
    void filtersByAggregateTypeAndActor() {
        var bookingEvents = all("/api/admin/audit?limit=500&aggregateType=booking");
        var byTheAdmin = all("/api/admin/audit?limit=500&actorId=" + admin.userId());

        assertThat(bookingEvents)
                .isNotEmpty()
                .allSatisfy(entry ->
                        assertThat(entry.get("aggregateType").asString()).isEqualTo("BOOKING"));
        assertThat(byTheAdmin)
                .isNotEmpty()
                .allSatisfy(entry ->
                        assertThat(entry.get("actor").get("userId").asString()).isEqualTo(admin.userId()));
        assertThat(api.get("/api/admin/audit?aggregateType=PAYMENT")
                        .as(admin)
                        .send()
                        .status())
                .isEqualTo(400);
    }

    @Test
    void anotherBusinessAndProvidersSeeNoneOfIt() {
        var other = api.signUp();

        var theirs = all("/api/admin/audit?limit=500", other);

        assertThat(theirs)
                .extracting(entry -> entry.get("aggregateId").asString(null))
                .doesNotContain(bookingId, provider.id());
        assertThat(theirs).hasSize(1);
        assertThat(api.get("/api/admin/audit").as(provider.session()).send().status())
                .isEqualTo(403);
    }

    @Test
    void theTrailExportsAsCsv() {
        var csv = api.get("/api/admin/audit")
                .as(admin)
                .header("Accept", "text/csv")
                .send();

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.text().lines().findFirst().orElseThrow())
                .isEqualTo("occurredAt,type,aggregateType,aggregateId,sequence,actorUserId,actorRole,summary");
        assertThat(csv.text()).contains("Pat Provider completed booking 'cleaning' for Ada Customer");
    }

    private List<JsonNode> all(String path) {
        return all(path, admin);
    }

    private List<JsonNode> all(String path, Api.Session session) {
        var items = api.get(path).as(session).send().body().get("items");
        return StreamSupport.stream(items.spliterator(), false).toList();
    }
}
