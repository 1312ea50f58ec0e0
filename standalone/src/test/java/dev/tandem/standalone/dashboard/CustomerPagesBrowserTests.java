package dev.tandem.standalone.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.standalone.support.BrowserTests;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.interactions.Actions;

/** Customers by name and address, never by coordinates: the address service places them. */
class CustomerPagesBrowserTests extends BrowserTests {

    @Test
    void anAdminAddsACustomerPickingTheRightPlaceAndFindsItAgain() {
        Login admin = business();
        var desk = browser().signIn(admin.email(), admin.password());
        desk.go("/app/admin/customers");
        desk.click("#new-customer");

        desk.find("#name").sendKeys("Chloé Faure");
        desk.find("#phone").sendKeys("+33 6 44 55 66 77");
        desk.find("#customerAddress").sendKeys("Nowhere street");
        desk.click("#save-customer");
        assertThat(desk.find("#customerAddress-error").getText())
                .isEqualTo("This address was not found: check it (street, number, town).");
        assertThat(desk.find("#name").getDomProperty("value"))
                .as("what was typed stays")
                .isEqualTo("Chloé Faure");

        desk.fill(
                "#customerAddress",
                org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"),
                "Rue de Rivoli");
        desk.click("#save-customer");
        desk.find("[data-role=place-choices]");
        desk.click("input[name=customerPlace][value='48.8559,2.3588']");
        desk.click("#save-customer");
        desk.await(driver -> driver.getCurrentUrl().endsWith("?saved"));
        String customer =
                desk.driver().getCurrentUrl().replaceAll(".*/customers/", "").replace("?saved", "");
        assertThat(placeOf(admin, customer)).containsExactly(48.8559, 2.3588);
        desk.screenshot("admin-customer", 1440);

        new Actions(desk.driver())
                .dragAndDropBy(desk.find("#customer-map .leaflet-marker-icon"), 80, -40)
                .perform();
        desk.awaitText("[data-role=pin-moved]", "Pin moved: save to keep the new place.");
        double pinnedLat = Double.parseDouble(desk.read("#customerLat", field -> field.getDomProperty("value")));
        double pinnedLng = Double.parseDouble(desk.read("#customerLng", field -> field.getDomProperty("value")));
        assertThat(pinnedLat).as("dragged up").isGreaterThan(48.8559);
        assertThat(pinnedLng).as("dragged right").isGreaterThan(2.3588);
        desk.click("#save-customer");
        // The address stays ?saved from the first save: wait for the page the second one loads.
        desk.await(driver -> Boolean.TRUE.equals(desk.script(
                "const note = document.querySelector('[data-role=pin-moved]'); return note !== null && note.hidden;")));
        assertThat(placeOf(admin, customer)).containsExactly(pinnedLat, pinnedLng);
        assertThat(desk.find("#customerAddress").getDomProperty("value"))
                .as("the address stays as typed")
                .isEqualTo("Rue de Rivoli");

        desk.go("/app/admin/customers");
        desk.fill("#q", "chlo");
        desk.awaitText("#customers-list", text -> text.contains("Chloé Faure"));
    }

    private double[] placeOf(Login admin, String customer) {
        var view = api.get("/api/admin/customers/" + customer)
                .as(admin.session())
                .send()
                .body();
        return new double[] {view.get("lat").asDouble(), view.get("lng").asDouble()};
    }

    @Test
    void aNewCustomersAddressOnTheBookingFormIsPlacedWithoutCoordinates() {
        Login admin = business();
        var desk = browser().signIn(admin.email(), admin.password());
        desk.go("/app/admin/bookings/new");
        desk.find("#newName").sendKeys("Henri Boyer");
        desk.find("#newAddress").sendKeys("5 Place des Vosges");
        desk.find("#service").sendKeys("cleaning");
        desk.find("#price").sendKeys("80");
        desk.click("#create-booking");
        desk.await(driver -> driver.getCurrentUrl().matches(".*/app/admin/bookings/[0-9a-f-]{36}$"));

        String booking = desk.driver().getCurrentUrl().replaceAll(".*/", "");
        var customer = api.get("/api/bookings/" + booking)
                .as(admin.session())
                .send()
                .body()
                .get("customer");
        assertThat(customer.get("lat").asDouble()).isEqualTo(48.8556);
        assertThat(customer.get("lng").asDouble()).isEqualTo(2.3655);
        assertThat(desk.driver().findElements(By.cssSelector("details.coordinates[open]")))
                .isEmpty();

        desk.go("/app/admin/customers/" + customer.get("id").asString());
        desk.find("#customer-bookings [data-booking-id='" + booking + "']");
        assertThat(desk.find("#customer-bookings").getText()).contains("cleaning", "€80.00", "Pending");
    }
}
