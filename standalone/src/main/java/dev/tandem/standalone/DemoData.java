package dev.tandem.standalone;

import dev.tandem.command.account.AccountService;
import dev.tandem.platform.consistency.ProjectionBarrier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Opens a demo business the first time the standalone server starts, through the same commands a user
 * would send, and prints how to sign in to it every time.
 */
@Component
@ConditionalOnProperty(name = "tandem.demo.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

    static final String ADMIN_EMAIL = "admin@sparkle.example";
    static final String ADMIN_PASSWORD = "sparkle-admin-2026";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final AccountService accounts;
    private final ProjectionBarrier projections;

    DemoData(AccountService accounts, ProjectionBarrier projections) {
        this.accounts = accounts;
        this.projections = projections;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!accounts.hasAccount(ADMIN_EMAIL)) {
            var admin = accounts.signUp(new AccountService.SignUp(
                    "Sparkle Home Cleaning", "Europe/Paris", "EUR", "Ada Admin", ADMIN_EMAIL, ADMIN_PASSWORD));
            projections.awaitAggregate(admin.user().businessId());
            log.info("Demo business 'Sparkle Home Cleaning' created");
        }
        log.info("""

                ================================================================
                 Tandem is running. Demo logins:
                   admin     {} / {}
                 API docs:  /swagger-ui.html    Health: /actuator/health
                ================================================================""", ADMIN_EMAIL, ADMIN_PASSWORD);
    }
}
