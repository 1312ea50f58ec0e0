package dev.tandem.standalone.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.standalone.support.Api;
import dev.tandem.standalone.support.HttpTests;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RefreshTokenIntegrationTests extends HttpTests {

    @Test
    void refreshingGivesANewPairAndTheOldRefreshTokenStopsWorking() {
        var admin = api.signUp();

        var first = refresh(admin.refreshToken());
        var reuse = refresh(admin.refreshToken());

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body().get("refreshToken").asString()).isNotEqualTo(admin.refreshToken());
        assertThat(api.get("/api/me")
                        .bearer(first.body().get("token").asString())
                        .send()
                        .status())
                .isEqualTo(200);
        assertThat(reuse.status()).isEqualTo(401);
    }

    @Test
    void reusingAnOldRefreshTokenRevokesItsWholeFamily() {
        var admin = api.signUp();
        var rotated = refresh(admin.refreshToken());
        String current = rotated.body().get("refreshToken").asString();

        assertThat(refresh(admin.refreshToken()).status()).isEqualTo(401);

        assertThat(refresh(current).status()).isEqualTo(401);
    }

    @Test
    void anotherSessionOfTheSameUserSurvivesTheRevocation() {
        var admin = api.signUp();
        var otherDevice = api.post("/api/auth/login")
                .json(Map.of("email", admin.email(), "password", Api.PASSWORD))
                .send();
        refresh(admin.refreshToken());

        refresh(admin.refreshToken());

        assertThat(refresh(otherDevice.body().get("refreshToken").asString()).status())
                .isEqualTo(200);
    }

    @Test
    void anUnknownRefreshTokenIsRefused() {
        assertThat(refresh("made-up-token").status()).isEqualTo(401);
    }

    private Api.Response refresh(String refreshToken) {
        return api.post("/api/auth/refresh")
                .json(Map.of("refreshToken", refreshToken))
                .send();
    }
}
