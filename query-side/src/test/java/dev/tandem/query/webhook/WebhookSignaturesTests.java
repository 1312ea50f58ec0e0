package dev.tandem.query.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WebhookSignaturesTests {

    /** The Standard Webhooks specification's published example: a receiver's library must accept what we send. */
    @Test
    void theSpecificationsExampleIsSignedExactlyAsItsReferenceImplementationsSignIt() {
        assertThat(WebhookSignatures.sign(
                        "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
                        "msg_p5jXN8AQM9LWM0D4loKWxJek",
                        1614265330,
                        "{\"test\": 2432232314}"))
                .isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void aNewSecretIsTwentyFourRandomBytesAfterThePrefix() {
        String secret = WebhookSignatures.newSecret();
        assertThat(secret).startsWith("whsec_");
        assertThat(java.util.Base64.getDecoder().decode(secret.substring(6))).hasSize(24);
        assertThat(WebhookSignatures.newSecret()).isNotEqualTo(secret);
    }
}
