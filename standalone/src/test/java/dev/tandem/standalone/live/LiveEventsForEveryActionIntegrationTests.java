package dev.tandem.standalone.live;

import static dev.tandem.standalone.booking.Bookings.TEN_AM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tandem.standalone.booking.Bookings;
import dev.tandem.standalone.provider.Providers;
import dev.tandem.standalone.support.Api;
import dev.tandem.standalone.support.HttpTests;
import dev.tandem.standalone.support.LiveClient;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.messaging.simp.user.SimpUserRegistry;

/**
 * Every action of docs/api.md, made over HTTP, and what each live subscriber receives: the business's admins
 * every event of it, its providers only their own, another business's admin nothing. Each list is the
 * whole of what that subscriber got, in order.
 */
class LiveEventsForEveryActionIntegrationTests extends HttpTests {

    @Autowired
    SimpUserRegistry liveUsers;

    @Test
    void eachActionReachesExactlyTheSubscribersThatMaySeeIt() throws Exception {
        var bookings = new Bookings(api);
        var admin = api.signUp();
        var pat = bookings.provider(admin);
        var sam = bookings.provider(admin);
        // Sam does no cleaning: when Pat declines a cleaning job, auto-assignment finds nobody and says so, so
        // what each subscriber hears does not depend on whether an offer to Sam is in the views yet.
        assertThat(api.put("/api/provider/profile")
                        .as(sam.session())
                        .json(Map.of("skills", List.of("gardening")))
                        .send()
                        .status())
                .isEqualTo(200);
        var otherAdmin = api.signUp();
        try (var adminLive = LiveClient.connect(port, admin.token()).subscribeToEvents();
                var secondAdminLive = LiveClient.connect(port, admin.token()).subscribeToEvents();
                var patLive = LiveClient.connect(port, pat.session().token()).subscribeToEvents();
                var samLive = LiveClient.connect(port, sam.session().token()).subscribeToEvents();
                var otherLive = LiveClient.connect(port, otherAdmin.token()).subscribeToEvents()) {
            LiveClient.awaitSubscribed(
                    liveUsers,
                    admin.userId(),
                    pat.session().userId(),
                    sam.session().userId(),
                    otherAdmin.userId());
            var script = new Script();

            script.step(
                    "an admin registers a provider",
                    () -> new Providers(api).register(admin, Providers.registration("Noor New")),
                    List.of("provider.created", "provider.pay_rate_set"),
                    List.of());
            script.step(
                    "an admin edits a provider",
                    () -> api.put("/api/admin/providers/" + pat.id())
                            .as(admin)
                            .json(Map.of("phone", "+33 6 12 34 56 78"))
                            .send(),
                    List.of("provider.updated"),
                    List.of("provider.updated"));
            script.step(
                    "an admin sets a pay rate",
                    () -> api.post("/api/admin/providers/legacy")
                            .as(admin)
                            .json(Map.of("providerId", pat.id(), "type", "PERCENTAGE", "amount", 2500))
                            .send(),
                    List.of("provider.pay_rate_set"),
                    List.of("provider.pay_rate_set"));
            script.step(
                    "a provider goes on a break",
                    () -> api.post("/api/provider/availability")
                            .as(pat.session())
                            .json(Map.of("status", "ON_BREAK"))
                            .send(),
                    List.of("provider.status_changed"),
                    List.of("provider.status_changed"));
            script.step(
                    "a provider sets its weekly hours and a day off",
                    () -> api.post("/api/provider/availability")
                            .as(pat.session())
                            .json(Map.of(
                                    "weeklyHours",
                                    List.of(Map.of("dayOfWeek", "MONDAY", "start", "08:00", "end", "18:00")),
                                    "timeOff",
                                    List.of(Map.of(
                                            "start", "2027-04-01T00:00:00Z",
                                            "end", "2027-04-02T00:00:00Z",
                                            "reason", "Moving house"))))
                            .send(),
                    List.of("provider.availability_changed", "provider.availability_changed"),
                    List.of("provider.availability_changed", "provider.availability_changed"));
            script.step(
                    "the provider is back",
                    () -> api.post("/api/provider/availability")
                            .as(pat.session())
                            .json(Map.of("status", "AVAILABLE", "weeklyHours", Bookings.EVERY_DAY))
                            .send(),
                    List.of("provider.status_changed", "provider.availability_changed"),
                    List.of("provider.status_changed", "provider.availability_changed"));
            script.step(
                    "a provider edits its profile",
                    () -> api.put("/api/provider/profile")
                            .as(pat.session())
                            .json(Map.of("bio", "Ten years of spotless homes"))
                            .send(),
                    List.of("provider.updated"),
                    List.of("provider.updated"));
            var booking = new ArrayList<String>(1);
            script.step(
                    "an admin books a provider",
                    () -> {
                        var created = bookings.create(admin, Bookings.newBooking(TEN_AM, pat.id()));
                        booking.add(created.body().get("id").asString());
                        return created;
                    },
                    List.of("booking.created", "booking.assigned"),
                    List.of("booking.assigned"));
            String id = booking.getFirst();
            script.step(
                    "the provider confirms",
                    () -> bookings.move(pat, id, "CONFIRMED"),
                    List.of("booking.confirmed"),
                    List.of("booking.confirmed"));
            script.step(
                    "the provider starts",
                    () -> bookings.move(pat, id, "IN_PROGRESS"),
                    List.of("booking.started", "provider.status_changed"),
                    List.of("booking.started", "provider.status_changed"));
            script.step(
                    "the provider completes",
                    () -> bookings.move(pat, id, "COMPLETED"),
                    List.of(
                            "booking.completed",
                            "notification.created",
                            "earnings.recorded",
                            "provider.status_changed"),
                    List.of("booking.completed", "earnings.recorded", "provider.status_changed"));
            script.step(
                    "an admin rates the job",
                    () -> api.post("/api/bookings/" + id + "/rating")
                            .as(admin)
                            .json(Map.of("stars", 5))
                            .send(),
                    List.of("booking.rated"),
                    List.of("booking.rated"));
            script.step(
                    "an admin adds a tip",
                    () -> api.post("/api/bookings/" + id + "/tip")
                            .as(admin)
                            .json(Map.of("amountCents", 500))
                            .send(),
                    List.of("booking.tipped"),
                    List.of("booking.tipped"));
            var second = new ArrayList<String>(1);
            script.step(
                    "the provider declines another job, and auto-assignment finds nobody else",
                    () -> {
                        second.add(bookings.booked(admin, TEN_AM.plus(1, ChronoUnit.DAYS), pat)
                                .get("id")
                                .asString());
                        return bookings.move(pat, second.getFirst(), "DECLINED");
                    },
                    List.of(
                            "booking.created",
                            "booking.assigned",
                            "booking.declined",
                            "notification.created",
                            "booking.unassigned",
                            "assignment.failed",
                            "notification.created"),
                    List.of("booking.assigned", "booking.declined", "booking.unassigned"));
            String declined = second.getFirst();
            script.step(
                    "an admin gives that job to a colleague",
                    () -> {
                        // Once the admins have heard that auto-assignment gave up: the push reads who a booking
                        // event concerns from the views, which must not show the colleague yet.
                        await().atMost(LiveClient.patience())
                                .until(() -> adminLive.types().contains("assignment.failed"));
                        return api.patch("/api/bookings/" + declined)
                                .as(admin)
                                .json(Map.of("providerId", sam.id()))
                                .send();
                    },
                    List.of("booking.assigned"),
                    List.of(),
                    List.of("booking.assigned"));
            script.step(
                    "an admin takes it from the colleague and gives it back",
                    () -> api.patch("/api/bookings/" + declined)
                            .as(admin)
                            .json(Map.of("providerId", pat.id()))
                            .send(),
                    List.of("booking.assigned"),
                    List.of("booking.assigned"),
                    List.of("booking.assigned"));
            script.step(
                    "an admin reschedules it",
                    () -> api.patch("/api/bookings/" + declined)
                            .as(admin)
                            .json(Map.of(
                                    "scheduledStart",
                                    TEN_AM.plus(2, ChronoUnit.DAYS).toString()))
                            .send(),
                    List.of("booking.updated"),
                    List.of("booking.updated"));
            script.step(
                    "an admin cancels it",
                    () -> api.patch("/api/bookings/" + declined)
                            .as(admin)
                            .json(Map.of("status", "CANCELLED"))
                            .send(),
                    List.of("booking.cancelled"),
                    List.of("booking.cancelled"));
            script.step(
                    "an admin deactivates the colleague",
                    () -> api.delete("/api/admin/providers/" + sam.id())
                            .as(admin)
                            .send(),
                    List.of("provider.deactivated"),
                    List.of(),
                    List.of("provider.deactivated"));
            script.step(
                    "an admin brings the colleague back, offline",
                    () -> api.post("/api/admin/providers/" + sam.id() + "/reactivate")
                            .as(admin)
                            .send(),
                    List.of("provider.reactivated", "provider.status_changed"),
                    List.of());

            await().atMost(LiveClient.patience()).during(Duration.ofMillis(500)).untilAsserted(() -> {
                assertThat(adminLive.types()).containsExactlyElementsOf(script.forAdmins);
                assertThat(secondAdminLive.types()).containsExactlyElementsOf(script.forAdmins);
                assertThat(patLive.types()).containsExactlyElementsOf(script.forPat);
                assertThat(samLive.types()).containsExactlyElementsOf(script.forSam);
                assertThat(otherLive.types()).isEmpty();
            });
            assertThat(adminLive.events)
                    .allSatisfy(event ->
                            assertThat(event.get("businessId").asString()).isEqualTo(admin.businessId()));
        }
    }

    /** The actions, in order, and what each subscriber should have received once they are all done. */
    private static final class Script {

        final List<String> forAdmins = new ArrayList<>();
        final List<String> forPat = new ArrayList<>();
        final List<String> forSam = new ArrayList<>();

        void step(String action, Action call, List<String> admins, List<String> pat) {
            step(action, call, admins, pat, List.of());
        }

        void step(String action, Action call, List<String> admins, List<String> pat, List<String> sam) {
            var response = call.run();
            assertThat(response.status()).as(action + ": " + response.text()).isBetween(200, 299);
            forAdmins.addAll(admins);
            forPat.addAll(pat);
            forSam.addAll(sam);
        }
    }

    @FunctionalInterface
    private interface Action {
        Api.Response run();
    }
}
