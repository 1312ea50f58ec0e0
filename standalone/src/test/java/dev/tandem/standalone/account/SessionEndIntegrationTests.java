package dev.tandem.standalone.account;

import static dev.tandem.standalone.booking.Bookings.TEN_AM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tandem.standalone.booking.Bookings;
import dev.tandem.standalone.provider.Providers;
import dev.tandem.standalone.support.Api;
import dev.tandem.standalone.support.HttpTests;
import dev.tandem.standalone.support.LiveClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.messaging.simp.user.SimpUserRegistry;

/** Sessions end when they should: at sign-out, at deactivation, at a new password, and never fork. */
class SessionEndIntegrationTests extends HttpTests {

    @Autowired
    SimpUserRegistry liveUsers;

    @Test
    void signingOutEndsTheRefreshTokenTheAccessTokenAndTheLiveConnectionAtOnce() throws Exception {
        var admin = api.signUp();
        try (var live = LiveClient.connect(port, admin.token()).subscribeToEvents()) {
            LiveClient.awaitSubscribed(liveUsers, admin.userId());

            var signedOut = api.post("/api/auth/logout")
                    .json(Map.of("refreshToken", admin.refreshToken()))
                    .send();

            assertThat(signedOut.status()).isEqualTo(204);
            assertThat(me(admin.token()).status()).isEqualTo(401);
            assertThat(refresh(admin.refreshToken()).status()).isEqualTo(401);
            await().atMost(LiveClient.patience()).until(() -> !live.isConnected());
            assertThat(live.errors).anySatisfy(error -> assertThat(error).contains("session has ended"));
        }
        var again = new Providers(api).logIn(admin.email(), Api.PASSWORD);
        assertThat(me(again.token()).status()).isEqualTo(200);
    }

    @Test
    void aSignedOutTokenCannotOpenALiveConnection() {
        var admin = api.signUp();
        api.post("/api/auth/logout")
                .json(Map.of("refreshToken", admin.refreshToken()))
                .send();

        assertThat(CompletableFuture.supplyAsync(() -> {
                            try (var live = LiveClient.connect(port, admin.token())) {
                                return live.isConnected();
                            } catch (Exception refused) {
                                return false;
                            }
                        })
                        .join())
                .isFalse();
    }

    @Test
    void signingOutWithAnUnknownTokenChangesNothingAndSaysNothing() {
        var admin = api.signUp();

        var response = api.post("/api/auth/logout")
                .json(Map.of("refreshToken", "made-up"))
                .send();

        assertThat(response.status()).isEqualTo(204);
        assertThat(me(admin.token()).status()).isEqualTo(200);
        assertThat(refresh(admin.refreshToken()).status()).isEqualTo(200);
    }

    @Test
    void aDeactivatedProvidersTokenStopsWorkingAtOnce() {
        var admin = api.signUp();
        var bookings = new Bookings(api);
        var provider = bookings.provider(admin);
        String bookingId = bookings.booked(admin, TEN_AM, provider).get("id").asString();
        assertThat(bookings.move(provider, bookingId, "CONFIRMED").status()).isEqualTo(200);

        assertThat(api.delete("/api/admin/providers/" + provider.id())
                        .as(admin)
                        .send()
                        .status())
                .isEqualTo(204);

        assertThat(bookings.move(provider, bookingId, "IN_PROGRESS").status()).isEqualTo(401);
        assertThat(api.get("/api/provider/bookings")
                        .as(provider.session())
                        .send()
                        .status())
                .isEqualTo(401);
        assertThat(api.get("/api/bookings/" + bookingId)
                        .as(admin)
                        .send()
                        .body()
                        .get("status")
                        .asString())
                .isEqualTo("CONFIRMED");
    }

    @Test
    void concurrentRefreshesOfOneTokenNeverForkTheSession() throws Exception {
        int forks = 0;
        int successes = 0;
        for (int trial = 0; trial < 10; trial++) {
            var admin = api.signUp();
            var start = new CountDownLatch(1);
            var racers = new ArrayList<CompletableFuture<Api.Response>>();
            for (int racer = 0; racer < 2; racer++) {
                racers.add(CompletableFuture.supplyAsync(() -> {
                    awaitQuietly(start);
                    return refresh(admin.refreshToken());
                }));
            }
            start.countDown();
            List<Api.Response> answers =
                    racers.stream().map(CompletableFuture::join).toList();
            var won = answers.stream().filter(answer -> answer.status() == 200).toList();
            successes += won.size();
            assertThat(won).as("exchanges of one refresh token").hasSizeLessThanOrEqualTo(1);
            for (var answer : won) {
                if (refresh(answer.body().get("refreshToken").asString()).status() == 200) {
                    forks++;
                }
            }
        }
        assertThat(successes).as("trials in which one exchange went through").isBetween(1, 10);
        assertThat(forks).as("sessions that forked").isZero();
    }

    @Test
    void aNewInvitationLetsAProviderSetANewPasswordAndEndsTheOldOne() {
        var admin = api.signUp();
        var providers = new Providers(api);
        var registration = Providers.registration("Forgetful Fran");
        String providerId =
                providers.register(admin, registration).body().get("id").asString();
        String email = (String) registration.get("email");
        var oldSession = providers.logIn(email, Providers.PROVIDER_PASSWORD);
        String firstInvite =
                reinvite(admin, providerId).body().get("inviteToken").asString();

        var invitation = reinvite(admin, providerId);

        assertThat(invitation.status()).isEqualTo(201);
        assertThat(invitation.body().get("expiresAt").asString()).isNotBlank();
        assertThat(acceptInvite(firstInvite, "a brand new password").status()).isEqualTo(401);
        assertThat(acceptInvite(invitation.body().get("inviteToken").asString(), "a brand new password")
                        .status())
                .isEqualTo(200);
        assertThat(me(oldSession.token()).status()).isEqualTo(401);
        assertThat(api.post("/api/auth/refresh")
                        .json(Map.of("refreshToken", oldSession.refreshToken()))
                        .send()
                        .status())
                .as("the old password's sessions cannot be refreshed either")
                .isEqualTo(401);
        assertThat(login(email, Providers.PROVIDER_PASSWORD).status()).isEqualTo(401);
        assertThat(login(email, "a brand new password").status()).isEqualTo(200);
    }

    @Test
    void anotherBusinessCannotInviteOurProvider() {
        var admin = api.signUp();
        var stranger = api.signUp();
        String providerId = new Providers(api)
                .register(admin, Providers.registration("Kept Kim"))
                .body()
                .get("id")
                .asString();

        assertThat(reinvite(stranger, providerId).status()).isEqualTo(404);
    }

    private Api.Response reinvite(Api.Session admin, String providerId) {
        return api.post("/api/admin/providers/" + providerId + "/invite")
                .as(admin)
                .send();
    }

    private Api.Response acceptInvite(String inviteToken, String password) {
        return api.post("/api/auth/accept-invite")
                .json(Map.of("inviteToken", inviteToken, "password", password))
                .send();
    }

    private Api.Response login(String email, String password) {
        return api.post("/api/auth/login")
                .json(Map.of("email", email, "password", password))
                .send();
    }

    private Api.Response me(String token) {
        return api.get("/api/me").bearer(token).send();
    }

    private Api.Response refresh(String refreshToken) {
        return api.post("/api/auth/refresh")
                .json(Map.of("refreshToken", refreshToken))
                .send();
    }

    private static void awaitQuietly(CountDownLatch start) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
