package dev.tandem.standalone.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.standalone.support.BrowserTests;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;

/** An admin builds its catalogue and books from it: the service fills the job's duration and price. */
class ServiceCatalogueBrowserTests extends BrowserTests {

    @Test
    void anAdminAddsAServiceAndABookingStartsFromItsDurationAndPrice() {
        Login admin = business();
        var desk = browser().signIn(admin.email(), admin.password());
        desk.go("/app/admin/settings");
        desk.click("#manage-services");
        desk.find("[data-role=no-services]");

        desk.find("#price").sendKeys("abc");
        desk.click("#add-service");
        assertThat(desk.find("#name-error").getText()).isEqualTo("Enter the name of the service.");
        assertThat(desk.find("#price-error").getText()).isEqualTo("Enter the usual price, e.g. 45.00.");
        assertThat(desk.find("#price").getDomProperty("value")).isEqualTo("abc");

        desk.fill("#name", "Deep clean");
        desk.fill("#duration", Keys.chord(Keys.CONTROL, "a"), "180");
        desk.fill("#price", Keys.chord(Keys.CONTROL, "a"), "240.00");
        desk.fill("#skill", "cleaning");
        desk.click("#add-service");
        desk.await(driver -> driver.getCurrentUrl().endsWith("?added"));
        assertThat(desk.find("#services-list").getText())
                .contains("Deep clean", "180 min", "€240.00", "Needs cleaning");
        desk.screenshot("admin-services", 1440);

        desk.go("/app/admin/bookings/new");
        desk.find("#newName").sendKeys("Ada Client");
        desk.find("#newAddress").sendKeys("1 rue de Rivoli, Paris");
        new Select(desk.find("#service")).selectByValue("Deep clean");
        assertThat(desk.find("#duration").getDomProperty("value")).isEqualTo("180");
        assertThat(desk.find("#price").getDomProperty("value")).isEqualTo("240.00");
        desk.click("#create-booking");
        desk.await(driver -> driver.getCurrentUrl().matches(".*/app/admin/bookings/[0-9a-f-]{36}$"));
        assertThat(desk.text()).contains("Deep clean", "€240.00");
    }
}
