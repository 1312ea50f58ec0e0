package dev.tandem.standalone.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.standalone.support.BrowserTests;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** A new business from an empty board to its first booking, led by the board's first steps. */
class FirstRunBrowserTests extends BrowserTests {

    @Test
    void aNewBusinessFollowsItsFirstStepsToItsFirstBookingAndTheListGoesAway() {
        Login admin = business();
        var desk = browser().signIn(admin.email(), admin.password());
        assertThat(doneSteps(desk.driver().findElements(By.cssSelector("#first-steps li"))))
                .isEmpty();
        desk.screenshot("admin-first-steps", 1440);

        desk.click("[data-step=settings] a");
        new Select(desk.find("#locale")).selectByValue("en-GB");
        desk.click("#business-settings button[type=submit]");
        desk.await(driver -> driver.getCurrentUrl().endsWith("?saved"));

        desk.go("/app/admin");
        desk.click("[data-step=provider] a");
        desk.find("#email").sendKeys("nina-" + UUID.randomUUID() + "@example.com");
        desk.find("#name").sendKeys("Nina Weber");
        desk.find("#skills").sendKeys("cleaning");
        desk.find("#rateAmount").sendKeys("30");
        desk.click("#create-provider");
        desk.find("#invite-link");
        desk.go("/app/admin");
        desk.find("[data-role=no-hours]");
        assertThat(doneSteps(desk.driver().findElements(By.cssSelector("#first-steps li"))))
                .as("a provider without hours cannot be booked yet")
                .containsExactly("settings");
        desk.click("[data-role=no-hours]");
        desk.click("#works-MONDAY");
        desk.click("#works-TUESDAY");
        desk.click("#hours button[type=submit]");
        desk.await(driver -> driver.getCurrentUrl().endsWith("?hoursSaved"));

        desk.go("/app/admin");
        desk.click("[data-step=service] a");
        desk.fill("#name", "Cleaning");
        desk.fill("#price", "45.00");
        desk.fill("#skill", "cleaning");
        desk.click("#add-service");
        desk.await(driver -> driver.getCurrentUrl().endsWith("?added"));

        desk.go("/app/admin");
        assertThat(doneSteps(desk.driver().findElements(By.cssSelector("#first-steps li"))))
                .containsExactly("settings", "provider", "service");
        desk.click("[data-step=booking] a");
        desk.find("#newName").sendKeys("Ada Client");
        desk.find("#newAddress").sendKeys("1 rue de Rivoli, Paris");
        new Select(desk.find("#service")).selectByValue("Cleaning");
        desk.click("#create-booking");
        desk.await(driver -> driver.getCurrentUrl().matches(".*/app/admin/bookings/[0-9a-f-]{36}$"));

        desk.go("/app/admin");
        desk.find("#board-providers");
        assertThat(desk.driver().findElements(By.id("first-steps"))).isEmpty();
    }

    private static List<String> doneSteps(List<WebElement> steps) {
        return steps.stream()
                .filter(step -> step.getAttribute("class").contains("done"))
                .map(step -> step.getAttribute("data-step"))
                .toList();
    }
}
