package dev.tandem.standalone.provider;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.api.provider.ChangeProviderStatusCommand;
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.ProviderId;
import dev.tandem.kernel.ProviderStatus;
import dev.tandem.standalone.support.Api;
import dev.tandem.standalone.support.StandaloneTest;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The command side keeps providers in memory between commands; what it keeps must be what was stored, also when
 * the database transaction around a command rolls back after the command itself succeeded (a request that makes
 * several changes together, one of which fails).
 */
@StandaloneTest
class CachedProvidersIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    CommandGateway commands;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aChangeWhoseTransactionRolledBackIsForgottenByTheProviderInMemory() {
        var api = new Api(port);
        var admin = api.signUp();
        var provider = new Providers(api).registerAndLogIn(admin, "Pat Doe");
        var providerId = new ProviderId(UUID.fromString(provider.id()));
        var businessId = new BusinessId(UUID.fromString(admin.businessId()));

        new TransactionTemplate(transactions).executeWithoutResult(transaction -> {
            commands.sendAndWait(new ChangeProviderStatusCommand(providerId, businessId, ProviderStatus.OFFLINE));
            transaction.setRollbackOnly(); // as when a later part of the same request fails
        });

        // Had the provider in memory kept OFFLINE, choosing it now would change nothing and store nothing.
        var chosen = api.post("/api/provider/availability")
                .as(provider.session())
                .json(Map.of("status", "OFFLINE"))
                .send();
        assertThat(chosen.status()).isEqualTo(200);
        assertThat(api.get("/api/provider/availability")
                        .as(provider.session())
                        .send()
                        .body()
                        .get("status")
                        .asString())
                .isEqualTo("OFFLINE");
    }
}
