package dev.tandem.standalone.demo;

import dev.tandem.command.account.AccountService;
import dev.tandem.platform.consistency.ProjectionBarrier;
import dev.tandem.platform.security.OperatorLogin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Opens a demo business the first time the standalone server starts, through the same commands a user
 * would send, so the event store holds its whole history; prints how to sign in to it every time.
 */
@Component
@ConditionalOnProperty(name = "tandem.demo.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

    static final String ADMIN_EMAIL = "admin@sparkle.example";
    static final String ADMIN_PASSWORD = "sparkle-admin-2026";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final AccountService accounts;
    private final DemoBusiness demo;
    private final ProjectionBarrier projections;
    private final OperatorLogin operator;

    DemoData(AccountService accounts, DemoBusiness demo, ProjectionBarrier projections, OperatorLogin operator) {
        this.accounts = accounts;
        this.demo = demo;
        this.projections = projections;
        this.operator = operator;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!accounts.hasAccount(ADMIN_EMAIL)) {
            var admin = accounts.signUp(new AccountService.SignUp(
                    "Sparkle Home Cleaning", "Europe/Paris", "EUR", "Ada Admin", ADMIN_EMAIL, ADMIN_PASSWORD));
            var touched =
                    demo.populate(dev.tandem.kernel.BusinessId.of(admin.user().businessId()));
            projections.awaitAggregates(touched.toArray(String[]::new));
            log.info("Demo business 'Sparkle Home Cleaning' created");
        }
        log.info(
                """

                ================================================================
                 Tandem is running on this machine. Demo logins:
                   admin     {} / {}
                   provider  {} / {}   (and the four others, same password)
                   operator  {} / {}   (HTTP Basic, /api/operator: rebuilds)
                 API docs:  /swagger-ui.html    Health: /actuator/health
                ================================================================""",
                ADMIN_EMAIL,
                ADMIN_PASSWORD,
                DemoBusiness.PROVIDERS.getFirst().email(),
                DemoBusiness.PROVIDER_PASSWORD,
                operator.username(),
                operator.passwordFile().map(file -> "the password in " + file).orElse("TANDEM_OPERATOR_PASSWORD"));
    }
}
