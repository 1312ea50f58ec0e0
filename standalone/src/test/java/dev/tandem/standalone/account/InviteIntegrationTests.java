package dev.tandem.standalone.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.command.account.AccountService;
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.ProviderId;
import dev.tandem.kernel.Role;
import dev.tandem.standalone.support.Api;
import dev.tandem.standalone.support.HttpTests;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Invitations are created when an admin registers a provider without a password; until the provider
 * endpoints exist, the test creates one through the account service the registration will call.
 */
class InviteIntegrationTests extends HttpTests {

    @Autowired
    AccountService accounts;

    @Test
    void acceptingAnInviteSetsThePasswordAndSignsTheProviderIn() {
        var admin = api.signUp();
        var providerId = ProviderId.newId();
        String email = "provider-" + UUID.randomUUID() + "@example.com";
        String invite = accounts.invite(BusinessId.of(admin.businessId()), Role.PROVIDER, providerId, email, "Pat");

        var accepted = accept(invite, "my own new password");

        assertThat(accepted.status()).isEqualTo(200);
        assertThat(accepted.body().get("user").get("role").asString()).isEqualTo("PROVIDER");
        assertThat(accepted.body().get("user").get("providerId").asString()).isEqualTo(providerId.toString());
        assertThat(accepted.body().get("user").get("businessId").asString()).isEqualTo(admin.businessId());
        assertThat(api.post("/api/auth/login")
                        .json(Map.of("email", email, "password", "my own new password"))
                        .send()
                        .status())
                .isEqualTo(200);
    }

    @Test
    void anInviteWorksOnlyOnce() {
        var admin = api.signUp();
        String invite = accounts.invite(
                BusinessId.of(admin.businessId()),
                Role.PROVIDER,
                ProviderId.newId(),
                "once-" + UUID.randomUUID() + "@example.com",
                "Pat");
        accept(invite, "first password chosen");

        assertThat(accept(invite, "second password try").status()).isEqualTo(401);
    }

    @Test
    void anInvitedAccountCannotLogInBeforeAccepting() {
        var admin = api.signUp();
        String email = "pending-" + UUID.randomUUID() + "@example.com";
        accounts.invite(BusinessId.of(admin.businessId()), Role.PROVIDER, ProviderId.newId(), email, "Pat");

        assertThat(api.post("/api/auth/login")
                        .json(Map.of("email", email, "password", "anything at all"))
                        .send()
                        .status())
                .isEqualTo(401);
    }

    @Test
    void aProviderIsForbiddenFromAdminEndpoints() {
        var admin = api.signUp();
        String invite = accounts.invite(
                BusinessId.of(admin.businessId()),
                Role.PROVIDER,
                ProviderId.newId(),
                "curious-" + UUID.randomUUID() + "@example.com",
                "Pat");
        String providerToken =
                accept(invite, "provider password").body().get("token").asString();

        var business = api.get("/api/admin/business").bearer(providerToken).send();
        var change = api.put("/api/admin/business")
                .bearer(providerToken)
                .json(Map.of("name", "Mine now"))
                .send();

        assertThat(business.status()).isEqualTo(403);
        assertThat(change.status()).isEqualTo(403);
        assertThat(change.contentType()).isEqualTo("application/problem+json");
        assertThat(api.get("/api/admin/business")
                        .as(admin)
                        .send()
                        .body()
                        .get("name")
                        .asString())
                .doesNotContain("Mine now");
    }

    @Test
    void aWeakPasswordIsRefusedAndTheInviteStaysOpen() {
        var admin = api.signUp();
        String invite = accounts.invite(
                BusinessId.of(admin.businessId()),
                Role.PROVIDER,
                ProviderId.newId(),
                "weak-" + UUID.randomUUID() + "@example.com",
                "Pat");

        var weak = accept(invite, "short");

        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.body().get("errors").get(0).get("field").asString()).isEqualTo("password");
        assertThat(accept(invite, "a long enough password").status()).isEqualTo(200);
    }

    private Api.Response accept(String invite, String password) {
        return api.post("/api/auth/accept-invite")
                .json(Map.of("inviteToken", invite, "password", password))
                .send();
    }
}
