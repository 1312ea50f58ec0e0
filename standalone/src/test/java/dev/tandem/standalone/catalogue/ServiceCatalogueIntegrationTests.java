package dev.tandem.standalone.catalogue;

import static dev.tandem.standalone.booking.Bookings.TEN_AM;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.standalone.booking.Bookings;
import dev.tandem.standalone.support.Api;
import dev.tandem.standalone.support.HttpTests;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** An admin keeps a service catalogue; once it holds a service, bookings name one, and the ranking needs its skill. */
class ServiceCatalogueIntegrationTests extends HttpTests {

    private static final String SERVICES = "/api/admin/services";

    Api.Session admin;
    Bookings bookings;

    @BeforeEach
    void aBusiness() {
        admin = api.signUp();
        bookings = new Bookings(api);
    }

    @Test
    void anAdminAddsChangesAndRemovesServicesAndListsThemByName() {
        var added = add(admin, "Windows", 45, 6_000, null);
        add(admin, "Deep clean", 180, 24_000, "Cleaning");

        assertThat(added.status()).isEqualTo(201);
        String id = added.body().get("id").asString();
        assertThat(added.header("Location")).isEqualTo(SERVICES + "/" + id);
        assertThat(names()).containsExactly("Deep clean", "Windows");
        assertThat(list().get(0).get("skill").asString()).isEqualTo("cleaning");

        var changed = api.put(SERVICES + "/" + id)
                .as(admin)
                .json(Map.of("defaultPriceCents", 7_500))
                .send();
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.body().get("defaultPriceCents").asLong()).isEqualTo(7_500);
        assertThat(changed.body().get("defaultDurationMinutes").asInt()).isEqualTo(45);

        assertThat(api.delete(SERVICES + "/" + id).as(admin).send().status()).isEqualTo(204);
        assertThat(names()).containsExactly("Deep clean");
        assertThat(api.delete(SERVICES + "/" + id).as(admin).send().status()).isEqualTo(404);
    }

    @Test
    void badServicesAreRefusedWithTheFieldAndChangeNothing() {
        add(admin, "Windows", 45, 6_000, null);

        var sameName = add(admin, "windows", 30, 1_000, null);
        var tooLong = add(admin, "Marathon", 24 * 60 + 1, 1_000, null);
        var noPrice = api.post(SERVICES)
                .as(admin)
                .json(Map.of("name", "Ironing", "defaultDurationMinutes", 60))
                .send();

        assertThat(sameName.status()).isEqualTo(400);
        assertThat(field(sameName)).isEqualTo("name");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(field(tooLong)).isEqualTo("defaultDurationMinutes");
        assertThat(noPrice.status()).isEqualTo(400);
        assertThat(field(noPrice)).isEqualTo("defaultPriceCents");
        assertThat(names()).containsExactly("Windows");
    }

    @Test
    void onceTheCatalogueHoldsAServiceABookingMustNameOneAndIsStoredInTheCataloguesSpelling() {
        var anyService = Bookings.newBooking(TEN_AM, null);
        anyService.put("service", "anything at all");
        anyService.put("autoAssign", false);
        assertThat(bookings.create(admin, anyService).status())
                .as("an empty catalogue accepts any service")
                .isEqualTo(201);
        add(admin, "Deep clean", 180, 24_000, "cleaning");
        add(admin, "Windows", 45, 6_000, null);

        var unknown = bookings.create(admin, anyService);
        var known = Bookings.newBooking(TEN_AM.plusSeconds(7_200), null);
        known.put("service", "  deep CLEAN ");
        known.put("autoAssign", false);
        var booked = bookings.create(admin, known);

        assertThat(unknown.status()).isEqualTo(400);
        assertThat(field(unknown)).isEqualTo("service");
        assertThat(unknown.body().get("errors").get(0).get("message").asString())
                .isEqualTo("must be one of your services: Deep clean, Windows");
        assertThat(booked.status()).isEqualTo(201);
        assertThat(booked.body().get("service").asString()).isEqualTo("Deep clean");
    }

    @Test
    void aCatalogueServiceIsOfferedToProvidersWithItsSkillOrToAnyoneWhenItNeedsNone() {
        var cleaner = bookings.provider(admin);
        add(admin, "Deep clean", 180, 24_000, "cleaning");
        add(admin, "Ironing", 60, 3_000, "ironing");
        add(admin, "Key drop", 15, 1_000, null);

        assertThat(candidates(unassigned("Deep clean"))).containsExactly(cleaner.id());
        JsonNode ironing = ranking(unassigned("Ironing"));
        assertThat(ironing.get("candidates").isEmpty()).isTrue();
        assertThat(ironing.get("excluded").get(0).get("why").asString()).isEqualTo("lacks the skill ironing");
        assertThat(candidates(unassigned("Key drop"))).containsExactly(cleaner.id());
    }

    @Test
    void eachBusinessKeepsItsOwnCatalogueAndProvidersKeepOut() {
        String id = add(admin, "Windows", 45, 6_000, null).body().get("id").asString();
        var stranger = api.signUp();
        var provider = bookings.provider(admin);

        assertThat(api.get(SERVICES).as(stranger).send().body().get("items").isEmpty())
                .isTrue();
        assertThat(api.put(SERVICES + "/" + id)
                        .as(stranger)
                        .json(Map.of("name", "Mine now"))
                        .send()
                        .status())
                .isEqualTo(404);
        assertThat(api.delete(SERVICES + "/" + id).as(stranger).send().status()).isEqualTo(404);
        assertThat(api.get(SERVICES).as(provider.session()).send().status()).isEqualTo(403);
        assertThat(add(provider.session(), "Sneaky", 10, 0, null).status()).isEqualTo(403);
        assertThat(names()).containsExactly("Windows");
    }

    private Api.Response add(Api.Session session, String name, int minutes, long priceCents, String skill) {
        var body = new java.util.HashMap<String, Object>();
        body.put("name", name);
        body.put("defaultDurationMinutes", minutes);
        body.put("defaultPriceCents", priceCents);
        if (skill != null) {
            body.put("skill", skill);
        }
        return api.post(SERVICES).as(session).json(body).send();
    }

    private JsonNode list() {
        return api.get(SERVICES).as(admin).send().body().get("items");
    }

    private List<String> names() {
        return list().valueStream()
                .map(service -> service.get("name").asString())
                .toList();
    }

    private String unassigned(String service) {
        var body = Bookings.newBooking(TEN_AM, null);
        body.put("service", service);
        body.put("autoAssign", false);
        return bookings.create(admin, body).body().get("id").asString();
    }

    private JsonNode ranking(String bookingId) {
        return api.get("/api/admin/bookings/" + bookingId + "/ranking")
                .as(admin)
                .send()
                .body();
    }

    private List<String> candidates(String bookingId) {
        return ranking(bookingId)
                .get("candidates")
                .valueStream()
                .map(candidate -> candidate.get("providerId").asString())
                .toList();
    }

    private static String field(Api.Response response) {
        return response.body().get("errors").get(0).get("field").asString();
    }
}
