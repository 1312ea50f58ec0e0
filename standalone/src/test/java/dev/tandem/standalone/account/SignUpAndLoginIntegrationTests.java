package dev.tandem.standalone.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.standalone.support.Api;
import dev.tandem.standalone.support.HttpTests;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SignUpAndLoginIntegrationTests extends HttpTests {

    @Test
    void signingUpOpensABusinessWhoseAdminCanLogInAndSeeItself() {
        String email = "owner-" + UUID.randomUUID() + "@example.com";
        var signUp = api.post("/api/auth/signup")
                .json(Map.of(
                        "businessName",
                        "Shiny Floors",
                        "timeZone",
                        "America/New_York",
                        "currency",
                        "USD",
                        "name",
                        "Olivia Owner",
                        "email",
                        email,
                        "password",
                        Api.PASSWORD))
                .send();

        assertThat(signUp.status()).isEqualTo(201);
        assertThat(signUp.body().get("business").get("name").asString()).isEqualTo("Shiny Floors");
        assertThat(signUp.body().get("user").get("role").asString()).isEqualTo("ADMIN");

        var login = api.post("/api/auth/login")
                .json(Map.of("email", email, "password", Api.PASSWORD))
                .send();
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.body().get("tokenType").asString()).isEqualTo("Bearer");
        assertThat(login.body().get("expiresIn").asLong()).isEqualTo(900);
        assertThat(login.body().get("refreshToken").asString()).isNotBlank();

        var me = api.get("/api/me").bearer(login.body().get("token").asString()).send();
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body().get("user").get("email").asString()).isEqualTo(email);
        assertThat(me.body().get("user").get("name").asString()).isEqualTo("Olivia Owner");
        assertThat(me.body().get("user").has("passwordHash")).isFalse();
        assertThat(me.body().get("business").get("timeZone").asString()).isEqualTo("America/New_York");
        assertThat(me.body().get("business").get("currency").asString()).isEqualTo("USD");
    }

    @Test
    void theNewBusinessIsReadableTheMomentSignUpAnswers() {
        var admin = api.signUp();

        var business = api.get("/api/admin/business").as(admin).send();

        assertThat(business.status()).isEqualTo(200);
        assertThat(business.body().get("id").asString()).isEqualTo(admin.businessId());
        assertThat(business.header("ETag")).isEqualTo("\"0\"");
    }

    @Test
    void loginAnswersAlikeForAnUnknownEmailAndAWrongPassword() {
        var admin = api.signUp();

        var wrongPassword = api.post("/api/auth/login")
                .json(Map.of("email", admin.email(), "password", "not the password"))
                .send();
        var unknownEmail = api.post("/api/auth/login")
                .json(Map.of("email", "nobody-" + UUID.randomUUID() + "@example.com", "password", Api.PASSWORD))
                .send();

        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(unknownEmail.status()).isEqualTo(401);
        assertThat(unknownEmail.body().get("detail"))
                .isEqualTo(wrongPassword.body().get("detail"));
        assertThat(unknownEmail.contentType()).isEqualTo("application/problem+json");
    }

    @Test
    void emailsAreMatchedWithoutRegardToCase() {
        var admin = api.signUp();

        var login = api.post("/api/auth/login")
                .json(Map.of("email", admin.email().toUpperCase(), "password", Api.PASSWORD))
                .send();

        assertThat(login.status()).isEqualTo(200);
    }

    @Test
    void signingUpAgainWithATakenEmailIsAConflictAndLeavesTheFirstAccountAlone() {
        var admin = api.signUp();

        var again = api.post("/api/auth/signup")
                .json(Map.of(
                        "businessName",
                        "Copycat",
                        "name",
                        "Mallory",
                        "email",
                        admin.email(),
                        "password",
                        "another password entirely"))
                .send();

        assertThat(again.status()).isEqualTo(409);
        assertThat(api.post("/api/auth/login")
                        .json(Map.of("email", admin.email(), "password", Api.PASSWORD))
                        .send()
                        .status())
                .isEqualTo(200);
    }

    @Test
    void aShortPasswordIsRefusedWithItsFieldAndCreatesNothing() {
        String email = "short-" + UUID.randomUUID() + "@example.com";

        var signUp = api.post("/api/auth/signup")
                .json(Map.of("businessName", "Tiny", "name", "Tim", "email", email, "password", "123456789"))
                .send();

        assertThat(signUp.status()).isEqualTo(400);
        assertThat(signUp.body().get("errors").get(0).get("field").asString()).isEqualTo("password");
        assertThat(api.post("/api/auth/login")
                        .json(Map.of("email", email, "password", "123456789"))
                        .send()
                        .status())
                .isEqualTo(401);
    }

    @Test
    void anInvalidTimeZoneIsRefusedWithItsFieldAndTheEmailStaysFree() {
        String email = "zone-" + UUID.randomUUID() + "@example.com";
        var body = new java.util.HashMap<>(
                Map.of("businessName", "Zoned", "name", "Zed", "email", email, "password", Api.PASSWORD));
        body.put("timeZone", "Mars/Olympus_Mons");

        var refused = api.post("/api/auth/signup").json(body).send();
        body.put("timeZone", "Europe/Lisbon");
        var accepted = api.post("/api/auth/signup").json(body).send();

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("errors").get(0).get("field").asString()).isEqualTo("timeZone");
        assertThat(accepted.status()).isEqualTo(201);
    }

    @Test
    void aSourceThatKeepsGuessingWaitsWhileTheOwnerStillSignsInFromElsewhere() {
        var admin = api.signUp();
        String guesser = "198.51.100." + (1 + new java.util.Random().nextInt(250));

        int lastStatus = 0;
        for (int attempt = 0; attempt < 6; attempt++) {
            lastStatus = login(guesser, admin.email(), "wrong password " + attempt);
        }
        var guesserWithTheRightPassword = api.post("/api/auth/login")
                .header("X-Forwarded-For", guesser)
                .json(Map.of("email", admin.email(), "password", Api.PASSWORD))
                .send();

        assertThat(lastStatus).isEqualTo(429);
        assertThat(guesserWithTheRightPassword.status()).isEqualTo(429);
        assertThat(Long.parseLong(guesserWithTheRightPassword.header("Retry-After")))
                .isPositive();
        assertThat(login("192.0.2.7", admin.email(), Api.PASSWORD)).isEqualTo(200);
    }

    @Test
    void theWaitGrowsWithEachFurtherFailureFromTheSameSource() throws Exception {
        var admin = api.signUp();
        String guesser = "198.51.100." + (1 + new java.util.Random().nextInt(250));
        for (int attempt = 0; attempt < 5; attempt++) {
            login(guesser, admin.email(), "wrong password " + attempt);
        }
        var firstWait = api.post("/api/auth/login")
                .header("X-Forwarded-For", guesser)
                .json(Map.of("email", admin.email(), "password", "wrong again"))
                .send();
        Thread.sleep(1_100);
        login(guesser, admin.email(), "wrong once more");

        var secondWait = api.post("/api/auth/login")
                .header("X-Forwarded-For", guesser)
                .json(Map.of("email", admin.email(), "password", "wrong again"))
                .send();

        assertThat(firstWait.status()).isEqualTo(429);
        assertThat(firstWait.header("Retry-After")).isEqualTo("1");
        assertThat(secondWait.status()).isEqualTo(429);
        assertThat(Long.parseLong(secondWait.header("Retry-After"))).isEqualTo(2);
    }

    private int login(String address, String email, String password) {
        return api.post("/api/auth/login")
                .header("X-Forwarded-For", address)
                .json(Map.of("email", email, "password", password))
                .send()
                .status();
    }

    @Test
    void manyFailedLoginsFromOneAddressAreThrottledWhateverTheEmail() {
        String address = "203.0.113." + (1 + new java.util.Random().nextInt(250));

        var statuses = new java.util.ArrayList<Integer>();
        for (int attempt = 0; attempt < 21; attempt++) {
            statuses.add(api.post("/api/auth/login")
                    .header("X-Forwarded-For", address)
                    .json(Map.of("email", "guess-" + attempt + "@example.com", "password", "wrong password"))
                    .send()
                    .status());
        }

        assertThat(statuses.subList(0, 20)).containsOnly(401);
        assertThat(statuses.get(20)).isEqualTo(429);
    }
}
