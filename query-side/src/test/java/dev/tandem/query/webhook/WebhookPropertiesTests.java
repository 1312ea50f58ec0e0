package dev.tandem.query.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class WebhookPropertiesTests {

    /** The settings as shipped: nothing configured. */
    private final WebhookProperties shipped = new Binder(new MapConfigurationPropertySource(Map.of()))
            .bindOrCreate("tandem.webhooks", WebhookProperties.class);

    @Test
    void theFirstRetryComesWithinThirtySecondsAndTheLastMoreThanADayAfterTheFirstAttempt() {
        assertThat(shipped.delayAfter(1)).get().matches(delay -> delay.compareTo(Duration.ofSeconds(30)) <= 0);
        Duration total = shipped.retryDelays().stream().reduce(Duration.ZERO, Duration::plus);
        assertThat(total).isGreaterThan(Duration.ofHours(24));
        int attempts = shipped.retryDelays().size() + 1;
        assertThat(shipped.delayAfter(attempts))
                .as("after the last attempt it has failed")
                .isEmpty();
    }

    @Test
    void privateAddressesAreRefusedAndAnswersAwaitedTenSecondsUnlessConfiguredOtherwise() {
        assertThat(shipped.allowPrivateAddresses()).isFalse();
        assertThat(shipped.timeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(shipped.previousSecretValidity()).isEqualTo(Duration.ofHours(24));
    }
}
