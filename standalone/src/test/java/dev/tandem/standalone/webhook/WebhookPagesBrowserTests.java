package dev.tandem.standalone.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.standalone.support.BrowserTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** An admin connects a receiver from the settings: its secret shown once, a test sent, the log read. */
class WebhookPagesBrowserTests extends BrowserTests {

    private Receiver receiver;

    @AfterEach
    void stopTheReceiver() {
        if (receiver != null) {
            receiver.close();
        }
    }

    @Test
    void anAdminAddsAnEndpointCopiesItsSecretOnceAndSendsItATest() throws Exception {
        receiver = new Receiver();
        Login admin = business();
        var desk = browser().signIn(admin.email(), admin.password());
        desk.go("/app/admin/settings");
        desk.click("#manage-webhooks");
        desk.find("[data-role=no-endpoints]");

        desk.click("#add-endpoint");
        desk.awaitText("#url-error", "Enter the address that receives the events, starting with https://.");
        assertThat(desk.find("#eventTypes-error").getText()).isEqualTo("Choose the events to send, or all of them.");

        desk.find("#url").sendKeys("https://169.254.169.254/latest");
        desk.click("#type-booking\\.created");
        desk.click("#add-endpoint");
        desk.awaitText(
                "#url-error", "This address leads to a link-local or cloud metadata address, which is never allowed.");
        assertThat(desk.find("#type-booking\\.created").isSelected())
                .as("the choice stays")
                .isTrue();

        desk.fill("#url", org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), receiver.url());
        desk.find("#description").sendKeys("Accounting");
        desk.click("#add-endpoint");
        String secret = desk.read("#secret", field -> field.getDomProperty("value"));
        assertThat(secret).startsWith("whsec_");
        desk.screenshot("admin-webhook-added", 1440);

        desk.go("/app/admin/webhooks");
        assertThat(desk.driver().findElements(By.id("secret"))).as("shown once").isEmpty();
        desk.click("[data-role=send-test]");
        desk.await(driver -> driver.getCurrentUrl().contains("testSent"));
        await(() -> receiver.received().size() == 1);
        String endpoint = desk.find("[data-endpoint-id]").getDomAttribute("data-endpoint-id");
        await(() -> !api.get("/api/admin/webhooks/" + endpoint + "/deliveries")
                .as(admin.session())
                .send()
                .body()
                .get("items")
                .isEmpty());
        desk.go("/app/admin/webhooks");
        desk.awaitText("[data-role=outcome]", text -> text.startsWith("Answered 200 in "));
        assertThat(desk.find("[data-role=deliveries]").getText()).contains("webhook.test");
    }

    private static void await(java.util.concurrent.Callable<Boolean> condition) {
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(10))
                .until(condition);
    }
}
