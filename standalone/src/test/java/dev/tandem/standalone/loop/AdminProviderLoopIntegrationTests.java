package dev.tandem.standalone.loop;

import static dev.tandem.standalone.booking.Bookings.TEN_AM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tandem.kernel.PayRate;
import dev.tandem.kernel.PayRateType;
import dev.tandem.standalone.booking.Bookings;
import dev.tandem.standalone.support.Api;
import dev.tandem.standalone.support.HttpTests;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The views that join the two sides: the live board, notifications, earnings to date, customers' booking
 * counts and the audit history, each right after the write that changes it.
 */
class AdminProviderLoopIntegrationTests extends HttpTests {

    Bookings bookings;
    Api.Session admin;

    @BeforeEach
    void aBusinessWithAnAdmin() {
        bookings = new Bookings(api);
        admin = api.signUp();
    }

    @Test
    void theBoardShowsAProviderBusyWhileItsJobRunsAndAvailableAfterwards() {
        var provider = bookings.provider(admin);
        String bookingId = bookings.booked(admin, TEN_AM, provider).get("id").asString();
        bookings.move(provider, bookingId, "CONFIRMED");

        bookings.move(provider, bookingId, "IN_PROGRESS");
        var during = boardRowOf(provider);
        bookings.move(provider, bookingId, "COMPLETED");
        var after = boardRowOf(provider);

        assertThat(during.get("status").asString()).isEqualTo("BUSY");
        assertThat(during.get("currentBookingId").asString()).isEqualTo(bookingId);
        assertThat(after.get("status").asString()).isEqualTo("AVAILABLE");
        assertThat(after.get("currentBookingId").isNull()).isTrue();
    }

    @Test
    void aSecondJobCannotStartWhileOneIsInProgressAndNothingChanges() {
        var provider = bookings.provider(admin);
        String running = bookings.booked(admin, TEN_AM, provider).get("id").asString();
        String next = bookings.booked(admin, TEN_AM.plusSeconds(7200), provider)
                .get("id")
                .asString();
        bookings.move(provider, running, "CONFIRMED");
        bookings.move(provider, next, "CONFIRMED");
        bookings.move(provider, running, "IN_PROGRESS");

        var refused = bookings.move(provider, next, "IN_PROGRESS");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body().get("detail").asString())
                .isEqualTo("Another booking of this provider is in progress: complete it before starting this one.");
        assertThat(api.get("/api/bookings/" + next)
                        .as(admin)
                        .send()
                        .body()
                        .get("status")
                        .asString())
                .as("the refused start changed nothing")
                .isEqualTo("CONFIRMED");
        assertThat(boardRowOf(provider).get("currentBookingId").asString()).isEqualTo(running);

        bookings.move(provider, running, "COMPLETED");
        assertThat(bookings.move(provider, next, "IN_PROGRESS").status()).isEqualTo(200);
        assertThat(boardRowOf(provider).get("currentBookingId").asString()).isEqualTo(next);
    }

    @Test
    void theBoardShowsEachProvidersNextJob() {
        var provider = bookings.provider(admin);
        bookings.booked(admin, TEN_AM.plusSeconds(7200), provider);
        bookings.booked(admin, TEN_AM, provider);

        assertThat(Instant.parse(boardRowOf(provider).get("nextBookingAt").asString()))
                .isEqualTo(TEN_AM);
    }

    @Test
    void aProviderChoosingOfflineWhileBusyStaysBusyUntilTheJobEnds() {
        var provider = bookings.provider(admin);
        String bookingId = bookings.booked(admin, TEN_AM, provider).get("id").asString();
        bookings.move(provider, bookingId, "CONFIRMED");
        bookings.move(provider, bookingId, "IN_PROGRESS");

        api.post("/api/provider/availability")
                .as(provider.session())
                .json(Map.of("status", "ON_BREAK"))
                .send();
        var during = boardRowOf(provider);
        bookings.move(provider, bookingId, "COMPLETED");

        assertThat(during.get("status").asString()).isEqualTo("BUSY");
        assertThat(boardRowOf(provider).get("status").asString()).isEqualTo("ON_BREAK");
    }

    @Test
    void adminsAreNotifiedWhenAProviderDeclinesAndCanMarkItRead() {
        var provider = bookings.provider(admin);
        // The decline sets auto-assignment looking; a colleague to offer the job to keeps the decline the
        // admins' only news (alone, the provider would leave them an assignment.failed as well).
        bookings.provider(admin);
        String bookingId = bookings.booked(admin, TEN_AM, provider).get("id").asString();

        bookings.move(provider, bookingId, "DECLINED");
        var unread = api.get("/api/admin/notifications?unread=true")
                .as(admin)
                .send()
                .body()
                .get("items");
        var declined = unread.get(0);
        var read = api.post("/api/admin/notifications/" + declined.get("id").asString() + "/read")
                .as(admin)
                .send();

        assertThat(declined.get("type").asString()).isEqualTo("booking.declined");
        assertThat(declined.get("bookingId").asString()).isEqualTo(bookingId);
        assertThat(declined.get("body").asString()).contains("Pat Provider").contains("cleaning");
        assertThat(read.status()).isEqualTo(204);
        assertThat(api.get("/api/admin/notifications?unread=true")
                        .as(admin)
                        .send()
                        .body()
                        .get("items"))
                .isEmpty();
        assertThat(api.get("/api/admin/notifications")
                        .as(admin)
                        .send()
                        .body()
                        .get("items")
                        .get(0)
                        .get("readAt")
                        .isNull())
                .isFalse();
    }

    @Test
    void onlyTheBusinesssOwnNotificationsCanBeMarkedReadAndASecondMarkChangesNothing() {
        var provider = bookings.provider(admin);
        bookings.runToCompletion(
                provider, bookings.booked(admin, TEN_AM, provider).get("id").asString());
        String completed = api.get("/api/admin/notifications")
                .as(admin)
                .send()
                .body()
                .get("items")
                .get(0)
                .get("id")
                .asString();
        var other = api.signUp();

        var byOtherBusiness = api.post("/api/admin/notifications/" + completed + "/read")
                .as(other)
                .send();
        var unknown = api.post("/api/admin/notifications/" + java.util.UUID.randomUUID() + "/read")
                .as(admin)
                .send();
        api.post("/api/admin/notifications/" + completed + "/read").as(admin).send();
        String firstReadAt = readAtOfOnlyNotification();
        var again = api.post("/api/admin/notifications/" + completed + "/read")
                .as(admin)
                .send();

        assertThat(byOtherBusiness.status()).isEqualTo(404);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body().get("detail").asString()).isEqualTo("No such notification.");
        assertThat(again.status()).isEqualTo(204);
        assertThat(firstReadAt).isNotNull();
        assertThat(readAtOfOnlyNotification()).isEqualTo(firstReadAt);
    }

    @Test
    void anAdminMarksEveryNotificationReadAtOnceAndAnotherBusinesssStayUnread() {
        var provider = bookings.provider(admin);
        for (int job = 0; job < 3; job++) {
            bookings.runToCompletion(
                    provider,
                    bookings.booked(admin, TEN_AM.plusSeconds(job * 7_200L), provider)
                            .get("id")
                            .asString());
        }
        var other = api.signUp();
        var otherProvider = bookings.provider(other);
        bookings.runToCompletion(
                otherProvider,
                bookings.booked(other, TEN_AM, otherProvider).get("id").asString());

        var allRead = api.post("/api/admin/notifications/read-all").as(admin).send();
        var again = api.post("/api/admin/notifications/read-all").as(admin).send();

        assertThat(allRead.status()).isEqualTo(204);
        assertThat(again.status()).isEqualTo(204);
        assertThat(api.get("/api/admin/notifications?unread=true")
                        .as(admin)
                        .send()
                        .body()
                        .get("items")
                        .isEmpty())
                .isTrue();
        assertThat(api.get("/api/admin/notifications?unread=true")
                        .as(other)
                        .send()
                        .body()
                        .get("items"))
                .hasSize(1);
        assertThat(api.post("/api/admin/notifications/read-all")
                        .as(provider.session())
                        .send()
                        .status())
                .isEqualTo(403);
    }

    /** The path and query of a {@code Link: <…>; rel="next"} header, or null without one. */
    private static String nextLink(Api.Response answer) {
        String link = answer.header("Link");
        if (link == null) {
            return null;
        }
        var target = java.net.URI.create(link.substring(1, link.indexOf('>')));
        return target.getRawPath() + "?" + target.getRawQuery();
    }

    private String readAtOfOnlyNotification() {
        var items = api.get("/api/admin/notifications").as(admin).send().body().get("items");
        assertThat(items).hasSize(1);
        return items.get(0).get("readAt").isNull()
                ? null
                : items.get(0).get("readAt").asString();
    }

    @Test
    void adminsAreNotifiedOfCompletedJobsButNeverOfAnotherBusinesssJobs() {
        var provider = bookings.provider(admin);
        var other = api.signUp();
        String bookingId = bookings.booked(admin, TEN_AM, provider).get("id").asString();

        bookings.runToCompletion(provider, bookingId);

        assertThat(types(api.get("/api/admin/notifications")
                        .as(admin)
                        .send()
                        .body()
                        .get("items")))
                .contains("booking.completed");
        assertThat(api.get("/api/admin/notifications").as(other).send().body().get("items"))
                .isEmpty();
    }

    @Test
    void goingOfflineWithWorkAheadTodayNotifiesTheAdmins() {
        var paris = ZoneId.of("Europe/Paris");
        Instant start = Instant.now().plus(Duration.ofMinutes(2)).truncatedTo(ChronoUnit.MINUTES);
        assumeTrue(
                start.plus(Duration.ofMinutes(30)).atZone(paris).toLocalDate().equals(LocalDate.now(paris)),
                "a job starting in two minutes must still end today in Paris");
        var provider = bookings.provider(admin);
        api.post("/api/provider/availability")
                .as(provider.session())
                .json(Map.of(
                        "weeklyHours",
                        Arrays.stream(DayOfWeek.values())
                                .map(day -> Map.of("dayOfWeek", day.name(), "start", "00:00", "end", "23:59"))
                                .toList()))
                .send();
        var booking = Bookings.newBooking(start, provider.id());
        booking.put("durationMinutes", 30);
        assertThat(bookings.create(admin, booking).status()).isEqualTo(201);

        api.post("/api/provider/availability")
                .as(provider.session())
                .json(Map.of("status", "OFFLINE"))
                .send();

        var items = api.get("/api/admin/notifications").as(admin).send().body().get("items");
        assertThat(types(items)).contains("provider.offline");
        assertThat(items.get(0).get("body").asString()).contains("1 booking still ahead today");
    }

    @Test
    void thePayRollShowsEachProvidersEarningsToDate() {
        var provider =
                bookings.provider(admin, new PayRate(PayRateType.FLAT, 4_000, Instant.parse("2026-01-01T00:00:00Z")));
        String bookingId = bookings.booked(admin, TEN_AM, provider).get("id").asString();
        bookings.runToCompletion(provider, bookingId);
        api.post("/api/bookings/" + bookingId + "/tip")
                .as(admin)
                .json(Map.of("amountCents", 500))
                .send();

        var payRoll =
                api.get("/api/admin/providers/legacy").as(admin).send().body().get("items");

        assertThat(payRoll.get(0).get("earningsToDateCents").asLong()).isEqualTo(4_500);
    }

    @Test
    void customersShowHowManyBookingsTheyHave() {
        var provider = bookings.provider(admin);
        String customerId = bookings.booked(admin, TEN_AM, provider)
                .get("customer")
                .get("id")
                .asString();

        var customers = api.get("/api/admin/customers").as(admin).send().body().get("items");

        assertThat(customers.get(0).get("id").asString()).isEqualTo(customerId);
        assertThat(customers.get(0).get("bookings").asLong()).isEqualTo(1);
    }

    @Test
    void aBookingsHistoryListsEveryEventWithItsActorStraightFromTheEventStore() {
        var provider = bookings.provider(admin);
        String bookingId = bookings.booked(admin, TEN_AM, provider).get("id").asString();
        bookings.runToCompletion(provider, bookingId);

        var history = api.get("/api/bookings/" + bookingId + "/history")
                .as(admin)
                .send()
                .body();
        var asProvider = api.get("/api/bookings/" + bookingId + "/history")
                .as(provider.session())
                .send();

        assertThat(types(history))
                .startsWith("BookingCreated", "BookingAssigned")
                .contains("BookingConfirmed", "BookingStarted", "BookingCompleted", "EarningsRecorded");
        assertThat(history.get(0).get("sequence").asLong()).isZero();
        assertThat(history.get(0).get("actor").get("role").asString()).isEqualTo("ADMIN");
        assertThat(history.get(0).get("actor").get("userId").asString()).isEqualTo(admin.userId());
        assertThat(history.get(0).get("data").get("service").asString()).isEqualTo("cleaning");
        assertThat(asProvider.status()).isEqualTo(200);
    }

    @Test
    void aLongHistoryIsReadInPartsFollowingTheNextLink() {
        var provider = bookings.provider(admin);
        String bookingId = bookings.booked(admin, TEN_AM, provider).get("id").asString();
        bookings.runToCompletion(provider, bookingId);
        var whole = api.get("/api/bookings/" + bookingId + "/history").as(admin).send();

        var parts = new java.util.ArrayList<Long>();
        String next = "/api/bookings/" + bookingId + "/history?limit=2";
        while (next != null) {
            var part = api.get(next).as(admin).send();
            part.body().forEach(entry -> parts.add(entry.get("sequence").asLong()));
            next = nextLink(part);
        }

        assertThat(whole.header("Link"))
                .as("the whole history fits in one answer")
                .isNull();
        assertThat(parts)
                .isEqualTo(StreamSupport.stream(whole.body().spliterator(), false)
                        .map(entry -> entry.get("sequence").asLong())
                        .toList());
        assertThat(parts).hasSizeGreaterThan(4);
        assertThat(api.get("/api/bookings/" + bookingId + "/history?limit=501")
                        .as(admin)
                        .send()
                        .status())
                .isEqualTo(400);
    }

    @Test
    void historiesAreNotFoundForOtherBusinessesOtherProvidersAndOtherKinds() {
        var provider = bookings.provider(admin);
        var colleague = bookings.provider(admin);
        var other = api.signUp();
        String bookingId = bookings.booked(admin, TEN_AM, provider).get("id").asString();

        assertThat(api.get("/api/bookings/" + bookingId + "/history")
                        .as(other)
                        .send()
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/bookings/" + bookingId + "/history")
                        .as(colleague.session())
                        .send()
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/admin/providers/" + bookingId + "/history")
                        .as(admin)
                        .send()
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/admin/providers/" + provider.id() + "/history")
                        .as(other)
                        .send()
                        .status())
                .isEqualTo(404);
        assertThat(types(api.get("/api/admin/providers/" + provider.id() + "/history")
                        .as(admin)
                        .send()
                        .body()))
                .startsWith("ProviderRegistered");
    }

    private JsonNode boardRowOf(Bookings.Provider provider) {
        var board =
                api.get("/api/admin/providers/realtime-status").as(admin).send().body();
        return StreamSupport.stream(board.spliterator(), false)
                .filter(row -> row.get("providerId").asString().equals(provider.id()))
                .findFirst()
                .orElseThrow();
    }

    private static java.util.List<String> types(JsonNode entries) {
        return StreamSupport.stream(entries.spliterator(), false)
                .map(entry -> entry.get("type").asString())
                .toList();
    }
}
