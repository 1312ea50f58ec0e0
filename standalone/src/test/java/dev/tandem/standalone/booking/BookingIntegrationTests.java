package dev.tandem.standalone.booking;

import static dev.tandem.standalone.booking.Bookings.TEN_AM;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.standalone.support.Api;
import dev.tandem.standalone.support.HttpTests;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class BookingIntegrationTests extends HttpTests {

    Bookings bookings;
    Api.Session admin;
    Bookings.Provider provider;

    @BeforeEach
    void connect() {
        bookings = new Bookings(api);
        admin = api.signUp();
        provider = bookings.provider(admin);
    }

    @Test
    void aNewBookingAnswersWithItselfAndEveryReadAfterwardsSeesTheSame() {
        var created = bookings.create(admin, Bookings.newBooking(TEN_AM, provider.id()));
        String id = created.body().get("id").asString();

        var read = api.get("/api/bookings/" + id).as(admin).send();

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/bookings/" + id);
        assertThat(created.header("ETag")).isEqualTo("\"1\"");
        assertThat(created.body().get("status").asString()).isEqualTo("PENDING");
        assertThat(created.body().get("providerId").asString()).isEqualTo(provider.id());
        assertThat(created.body().get("currency").asString()).isEqualTo("EUR");
        assertThat(created.body().get("scheduledEnd").asString()).isEqualTo("2027-03-02T10:00:00Z");
        assertThat(created.body().get("customer").get("name").asString()).isEqualTo("Ada Customer");
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.header("ETag")).isEqualTo("\"1\"");
        assertThat(read.body()).isEqualTo(created.body());
    }

    @Test
    void aBookingForAnExistingCustomerRemembersThatCustomer() {
        String customerId =
                bookings.booked(admin, TEN_AM, null).get("customer").get("id").asString();
        var body = Bookings.newBooking(TEN_AM.plus(Duration.ofDays(1)), null);
        body.remove("customer");
        body.put("customerId", customerId);

        var created = bookings.create(admin, body);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().get("customer").get("id").asString()).isEqualTo(customerId);
        assertThat(created.body().get("customer").get("address").asString()).isEqualTo("1 Rue de Rivoli, Paris");
    }

    @Test
    void aCustomerOfAnotherBusinessCannotBeBookedHere() {
        var other = api.signUp();
        String theirCustomer =
                bookings.booked(other, TEN_AM, null).get("customer").get("id").asString();
        var body = Bookings.newBooking(TEN_AM, null);
        body.remove("customer");
        body.put("customerId", theirCustomer);

        var refused = bookings.create(admin, body);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(fieldOf(refused)).isEqualTo("customerId");
    }

    @Test
    void theProviderMovesItsBookingThroughTheStatusMachine() {
        String id = bookings.booked(admin, TEN_AM, provider).get("id").asString();

        var confirmed = bookings.move(provider, id, "CONFIRMED");
        var started = bookings.move(provider, id, "IN_PROGRESS");
        var completed = bookings.move(provider, id, "COMPLETED");

        assertThat(confirmed.body().get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(started.body().get("startedAt").isNull()).isFalse();
        assertThat(completed.status()).isEqualTo(200);
        assertThat(completed.body().get("status").asString()).isEqualTo("COMPLETED");
        assertThat(completed.body().get("completedAt").isNull()).isFalse();
        // created, assigned, confirmed, started, completed, earnings recorded
        assertThat(completed.body().get("version").asLong()).isEqualTo(5);
        assertThat(api.get("/api/bookings/" + id).as(provider.session()).send().body())
                .isEqualTo(completed.body());
    }

    @Test
    void anIllegalMoveIsAConflictAndChangesNothing() {
        String id = bookings.booked(admin, TEN_AM, provider).get("id").asString();

        var refused = bookings.move(provider, id, "COMPLETED");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body().get("detail").asString()).isEqualTo("A PENDING booking cannot become COMPLETED.");
        var read = api.get("/api/bookings/" + id).as(admin).send().body();
        assertThat(read.get("status").asString()).isEqualTo("PENDING");
        assertThat(read.get("version").asLong()).isEqualTo(1);
    }

    @Test
    void aCancelledBookingCannotBeConfirmed() {
        String id = bookings.booked(admin, TEN_AM, provider).get("id").asString();
        var cancelled = api.patch("/api/bookings/" + id)
                .as(admin)
                .json(Map.of("status", "CANCELLED"))
                .send();

        var refused = bookings.move(provider, id, "CONFIRMED");

        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.body().get("cancelledAt").isNull()).isFalse();
        assertThat(refused.status()).isEqualTo(409);
        assertThat(api.get("/api/bookings/" + id).as(admin).send().body()).isEqualTo(cancelled.body());
    }

    @Test
    void aCancellationKeepsItsReasonInTheHistoryAndAReasonAloneIsRefused() {
        String id = bookings.booked(admin, TEN_AM, provider).get("id").asString();

        var reasonAlone = api.patch("/api/bookings/" + id)
                .as(admin)
                .json(Map.of("reason", "Just because"))
                .send();
        var cancelled = api.patch("/api/bookings/" + id)
                .as(admin)
                .json(Map.of("status", "CANCELLED", "reason", "The customer moved away"))
                .send();

        assertThat(reasonAlone.status()).isEqualTo(400);
        assertThat(reasonAlone.body().get("errors").get(0).get("field").asString())
                .isEqualTo("reason");
        assertThat(cancelled.status()).isEqualTo(200);
        var history =
                api.get("/api/bookings/" + id + "/history").as(admin).send().body();
        var cancellation = history.valueStream()
                .filter(entry -> entry.get("type").asString().equals("BookingCancelled"))
                .findFirst()
                .orElseThrow();
        assertThat(cancellation.get("data").get("reason").asString()).isEqualTo("The customer moved away");
        assertThat(history.valueStream()
                        .filter(entry -> entry.get("type").asString().equals("BookingCancelled")))
                .hasSize(1);
    }

    @Test
    void anOverlappingBookingOfTheSameProviderIsAConflictAndNothingIsStored() {
        bookings.booked(admin, TEN_AM, provider);

        var overlapping =
                bookings.create(admin, Bookings.newBooking(TEN_AM.plus(Duration.ofMinutes(30)), provider.id()));

        assertThat(overlapping.status()).isEqualTo(409);
        assertThat(overlapping.body().get("detail").asString())
                .isEqualTo("The provider already has a booking at that time.");
        assertThat(list(admin, "/api/bookings")).hasSize(1);
    }

    @Test
    void backToBackBookingsOfOneProviderAreFine() {
        bookings.booked(admin, TEN_AM, provider);

        var next = bookings.create(admin, Bookings.newBooking(TEN_AM.plus(Duration.ofHours(1)), provider.id()));

        assertThat(next.status()).isEqualTo(201);
    }

    @Test
    void reschedulingOntoAnotherBookingOfTheProviderIsAConflict() {
        bookings.booked(admin, TEN_AM, provider);
        String later = bookings.booked(admin, TEN_AM.plus(Duration.ofHours(3)), provider)
                .get("id")
                .asString();

        var refused = api.patch("/api/bookings/" + later)
                .as(admin)
                .json(Map.of(
                        "scheduledStart", TEN_AM.plus(Duration.ofMinutes(15)).toString(), "priceCents", 1))
                .send();

        assertThat(refused.status()).isEqualTo(409);
        var read = api.get("/api/bookings/" + later).as(admin).send().body();
        assertThat(read.get("scheduledStart").asString()).isEqualTo("2027-03-02T12:00:00Z");
        assertThat(read.get("priceCents").asLong()).isEqualTo(10_000);
    }

    @Test
    void aPatchChangesSeveralThingsAtOnce() {
        var other = bookings.provider(admin);
        String id = bookings.booked(admin, TEN_AM, provider).get("id").asString();

        var changed = api.patch("/api/bookings/" + id)
                .as(admin)
                .header("If-Match", "\"1\"")
                .json(Map.of(
                        "providerId",
                        other.id(),
                        "durationMinutes",
                        90,
                        "priceCents",
                        15_000,
                        "notes",
                        "gate code 1234"))
                .send();

        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.body().get("providerId").asString()).isEqualTo(other.id());
        assertThat(changed.body().get("scheduledEnd").asString()).isEqualTo("2027-03-02T10:30:00Z");
        assertThat(changed.body().get("priceCents").asLong()).isEqualTo(15_000);
        assertThat(changed.body().get("notes").asString()).isEqualTo("gate code 1234");
        assertThat(changed.header("ETag")).isEqualTo("\"5\"");
        assertThat(api.get("/api/bookings/" + id).as(admin).send().body()).isEqualTo(changed.body());
        // The first provider's time is free again.
        assertThat(bookings.create(admin, Bookings.newBooking(TEN_AM, provider.id()))
                        .status())
                .isEqualTo(201);
    }

    /**
     * One PATCH is one command: the new provider is checked at the new time, and when that fails nothing of the
     * request is stored, neither the new provider nor the new price.
     */
    @Test
    void aPatchThatReassignsReschedulesAndRepricesIsAllOrNothing() {
        var other = bookings.provider(admin);
        bookings.booked(admin, TEN_AM.plus(Duration.ofHours(3)), other);
        String id = bookings.booked(admin, TEN_AM, provider).get("id").asString();

        var refused = api.patch("/api/bookings/" + id)
                .as(admin)
                .json(Map.of(
                        "providerId", other.id(),
                        "scheduledStart", TEN_AM.plus(Duration.ofHours(3)).toString(),
                        "priceCents", 1))
                .send();

        assertThat(refused.status()).isEqualTo(409);
        var read = api.get("/api/bookings/" + id).as(admin).send().body();
        assertThat(read.get("providerId").asString()).isEqualTo(provider.id());
        assertThat(read.get("priceCents").asLong()).isEqualTo(10_000);
        assertThat(read.get("version").asLong()).isEqualTo(1);
    }

    @Test
    void aDeclinedBookingIsPendingAgainWithoutProvider() {
        String id = bookings.booked(admin, TEN_AM, provider).get("id").asString();
        bookings.move(provider, id, "CONFIRMED");

        var declined = api.put("/api/provider/bookings")
                .as(provider.session())
                .json(Map.of("bookingId", id, "status", "DECLINED", "note", "my van broke down"))
                .send();

        assertThat(declined.status()).isEqualTo(200);
        assertThat(declined.body().get("status").asString()).isEqualTo("PENDING");
        assertThat(declined.body().get("providerId").isNull()).isTrue();
        assertThat(list(provider.session(), "/api/provider/bookings")).isEmpty();
        assertThat(bookings.create(admin, Bookings.newBooking(TEN_AM, provider.id()))
                        .status())
                .isEqualTo(201);
    }

    @Test
    void aBookingOrARescheduleInThePastIsRefusedAndChangesNothing() {
        var lastWeek = Instant.now().minus(Duration.ofDays(7));
        String id = bookings.booked(admin, TEN_AM, provider).get("id").asString();

        var booked = bookings.create(admin, Bookings.newBooking(lastWeek, provider.id()));
        var moved = api.patch("/api/bookings/" + id)
                .as(admin)
                .json(Map.of("scheduledStart", lastWeek.toString()))
                .send();

        assertThat(fieldOf(booked)).isEqualTo("scheduledStart");
        assertThat(fieldOf(moved)).isEqualTo("scheduledStart");
        assertThat(api.get("/api/bookings").as(admin).send().body().get("items"))
                .hasSize(1);
        assertThat(api.get("/api/bookings/" + id)
                        .as(admin)
                        .send()
                        .body()
                        .get("scheduledStart")
                        .asString())
                .isEqualTo(TEN_AM.toString());
    }

    @Test
    void theReasonAProviderGivesForDecliningReachesTheAdmins() {
        String id = bookings.booked(admin, TEN_AM, provider).get("id").asString();

        var declined = api.put("/api/provider/bookings")
                .as(provider.session())
                .json(Map.of("bookingId", id, "status", "DECLINED", "reason", "Van broke down"))
                .send();
        var notifications =
                api.get("/api/admin/notifications").as(admin).send().body().get("items");

        assertThat(declined.status()).isEqualTo(200);
        assertThat(notifications)
                .filteredOn(notification -> notification.get("type").asString().equals("booking.declined"))
                .singleElement()
                .satisfies(notification ->
                        assertThat(notification.get("body").asString()).contains("(\u201cVan broke down\u201d)"));
    }

    @Test
    void invalidInputIsABadRequestNamingTheField() {
        var noDuration = Bookings.newBooking(TEN_AM, null);
        noDuration.put("durationMinutes", 0);
        var noService = Bookings.newBooking(TEN_AM, null);
        noService.remove("service");
        var badLatitude = Bookings.newBooking(TEN_AM, null);
        badLatitude.put("customer", Map.of("name", "Ada", "address", "Somewhere", "lat", 91, "lng", 2));
        var unknownField = Bookings.newBooking(TEN_AM, null);
        unknownField.put("businessId", UUID.randomUUID().toString());

        assertThat(fieldOf(bookings.create(admin, noDuration))).isEqualTo("durationMinutes");
        assertThat(fieldOf(bookings.create(admin, noService))).isEqualTo("service");
        assertThat(fieldOf(bookings.create(admin, badLatitude))).isEqualTo("customer.lat");
        assertThat(fieldOf(bookings.create(admin, unknownField))).isEqualTo("businessId");
        assertThat(list(admin, "/api/bookings")).isEmpty();
    }

    @Test
    void starsOutsideOneToFiveAreABadRequest() {
        String id = bookings.booked(admin, TEN_AM, provider).get("id").asString();
        bookings.runToCompletion(provider, id);

        var refused = api.post("/api/bookings/" + id + "/rating")
                .as(admin)
                .json(Map.of("stars", 6))
                .send();

        assertThat(refused.status()).isEqualTo(400);
        assertThat(fieldOf(refused)).isEqualTo("stars");
    }

    @Test
    void aCompletedBookingIsRatedOnce() {
        String id = bookings.booked(admin, TEN_AM, provider).get("id").asString();
        bookings.runToCompletion(provider, id);

        var rated = api.post("/api/bookings/" + id + "/rating")
                .as(admin)
                .json(Map.of("stars", 5, "comment", "spotless"))
                .send();
        var again = api.post("/api/bookings/" + id + "/rating")
                .as(admin)
                .json(Map.of("stars", 1))
                .send();

        assertThat(rated.status()).isEqualTo(201);
        assertThat(rated.body().get("rating").get("stars").asInt()).isEqualTo(5);
        assertThat(again.status()).isEqualTo(409);
        assertThat(api.get("/api/bookings/" + id).as(admin).send().body()).isEqualTo(rated.body());
    }

    @Test
    void aStaleIfMatchIsAPreconditionFailureAndChangesNothing() {
        String id = bookings.booked(admin, TEN_AM, provider).get("id").asString();

        var stale = api.patch("/api/bookings/" + id)
                .as(admin)
                .header("If-Match", "\"0\"")
                .json(Map.of("priceCents", 1))
                .send();

        assertThat(stale.status()).isEqualTo(412);
        assertThat(api.get("/api/bookings/" + id)
                        .as(admin)
                        .send()
                        .body()
                        .get("priceCents")
                        .asLong())
                .isEqualTo(10_000);
    }

    @Test
    void aStaleExpectedVersionIsAConflictAndChangesNothing() {
        String id = bookings.booked(admin, TEN_AM, provider).get("id").asString();

        var staleAdmin = api.patch("/api/bookings/" + id)
                .as(admin)
                .json(Map.of("priceCents", 1, "expectedVersion", 0))
                .send();
        var staleProvider = api.put("/api/provider/bookings")
                .as(provider.session())
                .json(Map.of("bookingId", id, "status", "CONFIRMED", "expectedVersion", 0))
                .send();

        assertThat(staleAdmin.status()).isEqualTo(409);
        assertThat(staleProvider.status()).isEqualTo(409);
        var read = api.get("/api/bookings/" + id).as(admin).send().body();
        assertThat(read.get("version").asLong()).isEqualTo(1);
        assertThat(read.get("status").asString()).isEqualTo("PENDING");
    }

    @Test
    void aRetriedCreationWithTheSameIdempotencyKeyAnswersTheSameAndBooksOnce() {
        String key = UUID.randomUUID().toString();
        var body = Bookings.newBooking(TEN_AM, provider.id());

        var first = api.post("/api/bookings")
                .as(admin)
                .header("Idempotency-Key", key)
                .json(body)
                .send();
        var retry = api.post("/api/bookings")
                .as(admin)
                .header("Idempotency-Key", key)
                .json(body)
                .send();

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(list(admin, "/api/bookings")).hasSize(1);
    }

    @Test
    void concurrentOverlappingBookingsOfOneProviderLeaveExactlyOne() throws Exception {
        int attempts = 8;
        var ready = new CountDownLatch(attempts);
        var go = new CountDownLatch(1);
        var tasks = new ArrayList<Callable<Integer>>();
        for (int i = 0; i < attempts; i++) {
            var start = TEN_AM.plus(Duration.ofMinutes(5L * i));
            tasks.add(() -> {
                ready.countDown();
                go.await();
                return bookings.create(admin, Bookings.newBooking(start, provider.id()))
                        .status();
            });
        }
        var statuses = new ArrayList<Integer>();
        try (var pool = Executors.newFixedThreadPool(attempts)) {
            var futures = tasks.stream().map(pool::submit).toList();
            ready.await();
            go.countDown();
            for (var future : futures) {
                statuses.add(future.get());
            }
        }

        assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
        assertThat(statuses).filteredOn(status -> status == 409).hasSize(attempts - 1);
        assertThat(list(admin, "/api/bookings")).hasSize(1);
    }

    @Test
    void listsFilterByStatusProviderAndTimeAndPageWithACursor() {
        var other = bookings.provider(admin);
        String first = bookings.booked(admin, TEN_AM, provider).get("id").asString();
        String second = bookings.booked(admin, TEN_AM.plus(Duration.ofHours(2)), provider)
                .get("id")
                .asString();
        String third = bookings.booked(admin, TEN_AM.plus(Duration.ofHours(1)), other)
                .get("id")
                .asString();
        bookings.move(provider, second, "CONFIRMED");

        var firstPage = api.get("/api/bookings?limit=2").as(admin).send().body();
        var secondPage = api.get("/api/bookings?limit=2&cursor="
                        + firstPage.get("nextCursor").asString())
                .as(admin)
                .send()
                .body();

        assertThat(ids(firstPage)).containsExactly(first, third);
        assertThat(ids(secondPage)).containsExactly(second);
        assertThat(secondPage.get("nextCursor").isNull()).isTrue();
        assertThat(ids(api.get("/api/bookings?status=CONFIRMED")
                        .as(admin)
                        .send()
                        .body()))
                .containsExactly(second);
        assertThat(ids(api.get("/api/bookings?providerId=" + other.id())
                        .as(admin)
                        .send()
                        .body()))
                .containsExactly(third);
        assertThat(ids(api.get("/api/bookings?from=" + TEN_AM.plus(Duration.ofMinutes(30)) + "&to="
                                + TEN_AM.plus(Duration.ofHours(2)))
                        .as(admin)
                        .send()
                        .body()))
                .containsExactly(third);
        assertThat(ids(api.get("/api/provider/bookings?status=PENDING")
                        .as(provider.session())
                        .send()
                        .body()))
                .containsExactly(first);
    }

    @Test
    void badListParametersAreABadRequestNamingThem() {
        assertThat(fieldOf(api.get("/api/bookings?status=DONE").as(admin).send()))
                .isEqualTo("status");
        assertThat(fieldOf(api.get("/api/bookings?from=yesterday").as(admin).send()))
                .isEqualTo("from");
        assertThat(fieldOf(api.get("/api/bookings?limit=501").as(admin).send())).isEqualTo("limit");
        assertThat(fieldOf(api.get("/api/bookings?cursor=nonsense").as(admin).send()))
                .isEqualTo("cursor");
    }

    @Test
    void aProviderCannotUseTheAdminsBookingEndpoints() {
        assertThat(bookings.create(provider.session(), Bookings.newBooking(TEN_AM, provider.id()))
                        .status())
                .isEqualTo(403);
        assertThat(api.get("/api/bookings").as(provider.session()).send().status())
                .isEqualTo(403);
    }

    private java.util.List<JsonNode> list(Api.Session session, String path) {
        var body = api.get(path).as(session).send().body();
        return StreamSupport.stream(body.get("items").spliterator(), false).toList();
    }

    private static java.util.List<String> ids(JsonNode page) {
        return StreamSupport.stream(page.get("items").spliterator(), false)
                .map(item -> item.get("id").asString())
                .toList();
    }

    private static String fieldOf(Api.Response response) {
        assertThat(response.status()).isEqualTo(400);
        return response.body().get("errors").get(0).get("field").asString();
    }
}
