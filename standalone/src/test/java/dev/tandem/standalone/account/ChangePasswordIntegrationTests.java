package dev.tandem.standalone.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.standalone.support.Api;
import dev.tandem.standalone.support.HttpTests;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A signed-in user changes its password: it must know the current one, and its other sessions end. */
class ChangePasswordIntegrationTests extends HttpTests {

    private static final String NEW_PASSWORD = "a brand new passphrase";

    Api.Session admin;

    @BeforeEach
    void signUp() {
        admin = api.signUp();
    }

    @Test
    void aNewPasswordSignsInAndEndsEveryOtherSession() {
        var otherDevice = Api.Session.of(login(Api.PASSWORD).body(), admin.email());

        var changed = change(admin, Api.PASSWORD, NEW_PASSWORD);

        assertThat(changed.status()).isEqualTo(200);
        var thisDevice = Api.Session.of(changed.body(), admin.email());
        assertThat(api.get("/api/me").as(thisDevice).send().status()).isEqualTo(200);
        assertThat(api.get("/api/me").as(otherDevice).send().status()).isEqualTo(401);
        assertThat(api.get("/api/me").as(admin).send().status()).isEqualTo(401);
        assertThat(api.post("/api/auth/refresh")
                        .json(Map.of("refreshToken", otherDevice.refreshToken()))
                        .send()
                        .status())
                .isEqualTo(401);
        assertThat(login(Api.PASSWORD).status()).isEqualTo(401);
        assertThat(login(NEW_PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void aWrongCurrentPasswordOrAShortNewOneIsRefusedAndChangesNothing() {
        var wrongCurrent = change(admin, "not the password at all", NEW_PASSWORD);
        var tooShort = change(admin, Api.PASSWORD, "short");

        assertThat(wrongCurrent.status()).isEqualTo(400);
        assertThat(wrongCurrent.body().get("errors").get(0).get("field").asString())
                .isEqualTo("currentPassword");
        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(tooShort.body().get("errors").get(0).get("field").asString()).isEqualTo("newPassword");
        assertThat(api.get("/api/me").as(admin).send().status()).isEqualTo(200);
        assertThat(login(Api.PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void withoutASessionNobodyChangesAPassword() {
        assertThat(api.post("/api/me/password")
                        .json(Map.of("currentPassword", Api.PASSWORD, "newPassword", NEW_PASSWORD))
                        .send()
                        .status())
                .isEqualTo(401);
    }

    private Api.Response change(Api.Session session, String current, String chosen) {
        return api.post("/api/me/password")
                .as(session)
                .json(Map.of("currentPassword", current, "newPassword", chosen))
                .send();
    }

    private Api.Response login(String password) {
        return api.post("/api/auth/login")
                .json(Map.of("email", admin.email(), "password", password))
                .send();
    }
}
