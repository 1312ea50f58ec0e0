package dev.tandem.standalone.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.standalone.support.ApiBookings;
import dev.tandem.standalone.support.Browser;
import dev.tandem.standalone.support.BrowserTests;
import dev.tandem.standalone.support.Zones;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** An admin and a provider, each in a browser of their own, see each other's changes without reloading. */
class LiveDashboardsBrowserTests extends BrowserTests {

    @Test
    void aJobTheAdminBooksReachesTheProviderWhoseEveryStepTheAdminBoardShowsLive() {
        Login admin = business();
        Login provider = provider(admin, "Camille Martin");
        var adminView = browser().signIn(admin.email(), admin.password());
        var phone = browser().signIn(provider.email(), provider.password());
        var books = browser().signIn(admin.email(), admin.password());
        adminView.awaitLive();
        phone.awaitLive();
        String providerCard = "[data-provider-id='" + provider.providerId() + "'] [data-role=provider-status]";
        adminView.awaitText(providerCard, "Available");

        String bookingId = bookThroughTheForm(books, provider.providerId(), 60);
        books.go("/app/admin/earnings").awaitLive();
        String job = "#jobs [data-booking-id='" + bookingId + "']";
        phone.find(job);
        String row = "#board-bookings [data-booking-id='" + bookingId + "'] [data-role=booking-status]";
        adminView.awaitText(row, "Pending");

        phone.click(job + " button[aria-label^=Confirm]");
        adminView.awaitText(row, "Confirmed");
        phone.click(job + " button[aria-label^=Start]");
        adminView.awaitText(row, "In progress");
        adminView.awaitText(providerCard, "Busy");
        phone.awaitText(job + " [data-role=booking-status]", "In progress");
        phone.click(job + " button[aria-label^=Complete]");
        adminView.awaitText(row, "Completed");
        adminView.awaitText(providerCard, "Available");
        books.awaitText("[data-provider-id='" + provider.providerId() + "'] [data-role=earnings]", "€25.00");
        books.awaitText("[data-role=gross]", "€100.00");
        phone.awaitText("[data-role=earned-today]", "€25.00");

        String declined = book(admin, provider.providerId(), 180);
        String declinedJob = "#jobs [data-booking-id='" + declined + "']";
        phone.click(declinedJob + " details.decline summary");
        phone.click(declinedJob + " details.decline button");
        assertThat(phone.find(declinedJob).isDisplayed())
                .as("a decline needs a reason")
                .isTrue();
        phone.find(declinedJob + " input[name=reason]").sendKeys("Van broke down");
        phone.click(declinedJob + " details.decline button");
        phone.awaitGone(declinedJob);
        adminView.awaitText("#board-bookings [data-booking-id='" + declined + "'] [data-role=provider]", "No provider");
        // A completed job, a declined one, and auto-assignment finding nobody else for it: three notifications.
        adminView.awaitText("#unread", "3 unread");
        books.awaitText("#unread", "3 unread");
        books.go("/app/admin/notifications");
        // The list is rendered again as live events arrive: read it whole, until the decline is in it.
        books.awaitText(
                "#notifications",
                text -> text.contains("declined Ada Customer's cleaning on ")
                        && text.contains(" (\u201cVan broke down\u201d)"));
        books.screenshot("admin-notifications-flow", 1440);
        books.click("#notifications [data-booking-id='" + declined + "'] button");
        books.awaitText("#unread", "2 unread");
        books.click("#read-all button");
        books.awaitText("#unread", "");
        books.awaitGone("#notifications .unread");

        assertThat(adminView.notReloaded()).isTrue();
        assertThat(phone.notReloaded()).isTrue();
        books.go("/app/admin/earnings");
        books.screenshot("admin-earnings-flow", 1440);
        books.screenshot("admin-earnings-flow", 360);
        adminView.screenshot("admin-board-flow", 1440);
        adminView.screenshot("admin-board-flow", 360);
        phone.screenshot("provider-today-flow", 360);
        phone.screenshot("provider-today-flow", 1440);
    }

    @Test
    void anUnassignedBookingIsHandedToAutoAssignmentFromTheBoardWhichSaysWhatCameOfIt() {
        Login admin = business();
        provider(admin, "Léa Girard");
        String unassigned = new ApiBookings(api).book(admin.session(), null, 120);
        var desk = browser().signIn(admin.email(), admin.password()).awaitLive();
        desk.click("#board-bookings [data-booking-id='" + unassigned + "'] button[aria-label^=Auto-assign]");

        String row = "#board-bookings [data-booking-id='" + unassigned + "']";
        desk.awaitText(row + " [data-role=provider]", "Léa Girard");
        assertThat(desk.find(row + " [data-role=ranking]").getText())
                .startsWith("Given to Léa Girard because:")
                .contains("km from home");
    }

    @Test
    void anUnassignedBookingIsOfferedToTheProviderWhoAcceptsItFromThePhone() {
        Login admin = business();
        Login provider = provider(admin, "Inès Moreau");
        var phone = browser().signIn(provider.email(), provider.password()).awaitLive();
        var desk = browser().signIn(admin.email(), admin.password()).awaitLive();

        String offered = new ApiBookings(api).offer(admin.session(), 90);

        String offer = "article.offer[data-booking-id='" + offered + "']";
        phone.find(offer);
        phone.click(offer + " button[aria-label^=Accept]");
        phone.awaitGone(offer);
        phone.awaitText("#jobs [data-booking-id='" + offered + "'] [data-role=booking-status]", "Confirmed");
        String row = "#board-bookings [data-booking-id='" + offered + "']";
        desk.awaitText(row + " [data-role=booking-status]", "Confirmed");
        desk.awaitText(row + " [data-role=provider]", "Inès Moreau");
        assertThat(phone.notReloaded()).isTrue();
        phone.screenshot("provider-offer-accepted", 360);
    }

    @Test
    void anAdminAssignsAnUnassignedBookingFromTheBoardAndTheProviderSeesItArrive() {
        Login admin = business();
        Login provider = provider(admin, "Hugo Lambert");
        String unassigned = new ApiBookings(api).book(admin.session(), null, 150);
        var desk = browser().signIn(admin.email(), admin.password()).awaitLive();
        var phone = browser().signIn(provider.email(), provider.password()).awaitLive();
        String row = "#board-bookings [data-booking-id='" + unassigned + "']";
        desk.awaitText(row + " [data-role=provider]", "No provider");
        var menu = new org.openqa.selenium.support.ui.Select(desk.find(row + " form.assign select"));
        assertThat(menu.getFirstSelectedOption().getText())
                .as("the menu starts on no one")
                .isEqualTo("Choose a provider…");
        desk.click(row + " form.assign button");
        assertThat(desk.find(row + " [data-role=provider]").getText()).isEqualTo("No provider");
        menu.selectByVisibleText("Hugo Lambert");
        desk.click(row + " form.assign button");
        desk.awaitText(row + " [data-role=provider]", "Hugo Lambert");
        phone.find("#jobs [data-booking-id='" + unassigned + "']");
    }

    @Test
    void aJobOnThePhoneOpensItsAddressInTheMapsAppCallsTheCustomerAndKeepsTheNotesLines() {
        Login admin = business();
        Login provider = provider(admin, "Nina Roux");
        String booked = new ApiBookings(api).book(admin.session(), provider.providerId(), 120);
        var phone = browser().signIn(provider.email(), provider.password());
        String job = "#jobs [data-booking-id='" + booked + "']";

        assertThat(phone.read(job + " a[data-role=address]", link -> link.getDomAttribute("href")))
                .isEqualTo("geo:48.8606,2.3376?q=48.8606,2.3376");
        assertThat(phone.read(job + " a[href^='tel:']", WebElement::getText)).isEqualTo("+33 1 23 45 67 89");
        assertThat(phone.read(job + " [data-role=notes]", WebElement::getText))
                .isEqualTo("Key under the mat.\nRing twice.");
        assertThat(phone.driver().findElements(By.cssSelector(job + " details.decline")))
                .as("one way to decline a pending job")
                .hasSize(1);
    }

    @Test
    void aNewBusinessSignsUpInTheBrowserAndLandsOnItsBoard() {
        var owner = browser().go("/signup");
        owner.find("#businessName").sendKeys("Bright Windows");
        owner.find("#timeZone").sendKeys(Keys.chord(Keys.CONTROL, "a"), "Mars/Olympus");
        owner.find("#name").sendKeys("Rita Sousa");
        owner.find("#email").sendKeys("rita-" + java.util.UUID.randomUUID() + "@example.com");
        owner.find("#password").sendKeys("a long enough password");
        owner.click("main form button[type=submit]");
        owner.find("#timeZone-error");
        assertThat(owner.find("#password").getDomProperty("value"))
                .as("a password that broke no rule is not typed again")
                .isEqualTo("a long enough password");
        owner.find("#timeZone").sendKeys(Keys.chord(Keys.CONTROL, "a"), "Europe/Lisbon");
        owner.find("#password").sendKeys(Keys.chord(Keys.CONTROL, "a"), "short");
        owner.click("main form button[type=submit]");
        owner.find("#password-error");
        owner.find("#password").sendKeys("a long enough password");
        owner.click("main form button[type=submit]");
        owner.await(driver -> driver.getCurrentUrl().endsWith("/app/admin"));
        assertThat(owner.find(".brand").getText()).isEqualTo("Bright Windows");
    }

    @Test
    void aProviderCannotOpenTheAdminPages() {
        Login admin = business();
        Login provider = provider(admin, "Lucas Petit");
        var phone = browser().signIn(provider.email(), provider.password());
        phone.go("/app/admin");
        assertThat(phone.text()).contains("Not allowed");
        phone.go("/app/admin/board/bookings");
        assertThat(phone.text()).contains("Not allowed");
    }

    @Test
    void signingOutEndsTheSessionAndTheDashboardAsksToSignInAgain() {
        Login admin = business();
        var desk = browser().signIn(admin.email(), admin.password());
        desk.click("form.signout button");
        desk.find("p.notice");
        desk.go("/app/admin");
        assertThat(desk.driver().getCurrentUrl()).contains("/login");
    }

    /** The admin books a job in its browser, for a customer it types in; answers the new booking's id. */
    private String bookThroughTheForm(Browser desk, String providerId, int minutesFromNow) {
        var start = Instant.now().plus(minutesFromNow, ChronoUnit.MINUTES).atZone(Zones.midday());
        desk.go("/app/admin/bookings/new");
        desk.find("#newName").sendKeys("Ada Customer");
        desk.find("#newAddress").sendKeys("1 Rue de Rivoli, Paris");
        desk.find("#service").sendKeys("cleaning");
        desk.script(
                "document.getElementById('date').value = arguments[0];"
                        + "document.getElementById('time').value = arguments[1];"
                        + "document.getElementById('providerId').value = arguments[2];",
                start.toLocalDate().toString(),
                start.toLocalTime().truncatedTo(ChronoUnit.MINUTES).toString(),
                providerId);
        desk.find("#duration").sendKeys(Keys.chord(Keys.CONTROL, "a"), "60");
        desk.find("#price").sendKeys("100.00");
        desk.click("#create-booking");
        // The new booking's page: its address names it (its fragment may be refreshing as the page connects).
        String page = desk.await(driver ->
                driver.getCurrentUrl().matches(".*/app/admin/bookings/[0-9a-f-]{36}$") ? driver.getCurrentUrl() : null);
        return page.substring(page.lastIndexOf('/') + 1);
    }

    private String book(Login admin, String providerId, int minutesFromNow) {
        var body = new HashMap<String, Object>();
        body.put(
                "customer",
                Map.of("name", "Ada Customer", "address", "1 Rue de Rivoli, Paris", "lat", 48.8606, "lng", 2.3376));
        body.put("service", "cleaning");
        body.put(
                "scheduledStart",
                Instant.now()
                        .plus(minutesFromNow, ChronoUnit.MINUTES)
                        .truncatedTo(ChronoUnit.MINUTES)
                        .toString());
        body.put("durationMinutes", 60);
        body.put("priceCents", 10_000);
        body.put("providerId", providerId);
        var response = api.post("/api/bookings").as(admin.session()).json(body).send();
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        return response.body().get("id").asString();
    }
}
