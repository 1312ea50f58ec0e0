package dev.tandem.standalone.customer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.standalone.provider.Providers;
import dev.tandem.standalone.support.Api;
import dev.tandem.standalone.support.StandaloneTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@StandaloneTest
class CustomerIntegrationTests {

    @LocalServerPort
    int port;

    Api api;
    Api.Session admin;

    @BeforeEach
    void connect() {
        api = new Api(port);
        admin = api.signUp();
    }

    @Test
    void creatingACustomerAnswersWithItAndTheListShowsIt() {
        var created = create(customer("Ann Lee", "ann@example.com", "+33 6 12 34 56 78"));
        var listed = api.get("/api/admin/customers").as(admin).send();

        assertThat(created.status()).isEqualTo(201);
        String id = created.body().get("id").asString();
        assertThat(created.header("Location")).isEqualTo("/api/admin/customers/" + id);
        assertThat(created.body().get("name").asString()).isEqualTo("Ann Lee");
        assertThat(created.body().get("address").asString()).isEqualTo("1 Rue de Rivoli, Paris");
        assertThat(created.body().get("lat").asDouble()).isEqualTo(48.8566);
        assertThat(created.body().get("bookings").asLong()).isZero();
        assertThat(listed.body().get("items")).hasSize(1);
        assertThat(listed.body().get("items").get(0)).isEqualTo(created.body());
        assertThat(listed.body().get("nextCursor").isNull()).isTrue();
        assertThat(api.get("/api/admin/customers/" + id).as(admin).send().body())
                .isEqualTo(created.body());
    }

    @Test
    void searchMatchesNameEmailOrPhoneIgnoringCase() {
        create(customer("Ann Lee", "ann@example.com", "+33 6 11"));
        create(customer("Bob Stone", "bob@STONE.example", null));
        create(customer("Cleo Park", null, "+44 20 7946"));

        assertThat(search("ann")).containsExactly("Ann Lee");
        assertThat(search("stone.EXAMPLE")).containsExactly("Bob Stone");
        assertThat(search("7946")).containsExactly("Cleo Park");
        assertThat(search("e")).containsExactly("Ann Lee", "Bob Stone", "Cleo Park");
        assertThat(search("%")).isEmpty();
    }

    @Test
    void theListPagesByCursor() {
        create(customer("Ann", null, null));
        create(customer("Bob", null, null));
        create(customer("Cleo", null, null));

        var first = api.get("/api/admin/customers?limit=2").as(admin).send().body();
        var second = api.get("/api/admin/customers?limit=2&cursor="
                        + first.get("nextCursor").asString())
                .as(admin)
                .send()
                .body();

        assertThat(names(first)).containsExactly("Ann", "Bob");
        assertThat(names(second)).containsExactly("Cleo");
    }

    @Test
    void aCustomerNeedsANameAndAnAddress() {
        var noName = customer(null, null, null);
        var noAddress = customer("Ann", null, null);
        noAddress.remove("address");

        assertBadField(create(noName), "name");
        assertBadField(create(noAddress), "address");
    }

    @Test
    void aLatitudeOrLongitudeOffTheGlobeIsRefused() {
        var badLat = customer("Ann", null, null);
        badLat.put("lat", 91);
        var badLng = customer("Ann", null, null);
        badLng.put("lng", -181);

        assertBadField(create(badLat), "lat");
        assertBadField(create(badLng), "lng");
    }

    @Test
    void anInvalidEmailIsRefused() {
        assertBadField(create(customer("Ann", "not-an-email", null)), "email");
    }

    @Test
    void anotherBusinessNeitherListsNorFindsTheCustomer() {
        String id = create(customer("Ann Lee", "ann@example.com", null))
                .body()
                .get("id")
                .asString();
        var otherAdmin = api.signUp();

        assertThat(api.get("/api/admin/customers?q=ann")
                        .as(otherAdmin)
                        .send()
                        .body()
                        .get("items"))
                .isEmpty();
        assertThat(api.get("/api/admin/customers/" + id).as(otherAdmin).send().status())
                .isEqualTo(404);
        assertThat(api.get("/api/admin/customers/" + UUID.randomUUID())
                        .as(admin)
                        .send()
                        .status())
                .isEqualTo(404);
    }

    @Test
    void anAdminChangesACustomerAndTheNextBookingTakesTheNewDetailsWhileEarlierOnesKeepTheirs() {
        String id = create(customer("Ann Lee", "ann@example.com", "+33 1"))
                .body()
                .get("id")
                .asString();
        var before = new java.util.HashMap<String, Object>();
        before.put("customerId", id);
        before.put("service", "cleaning");
        before.put("scheduledStart", "2027-03-02T09:00:00Z");
        before.put("durationMinutes", 60);
        before.put("priceCents", 10_000);
        before.put("autoAssign", false);
        String earlier = api.post("/api/bookings")
                .as(admin)
                .json(before)
                .send()
                .body()
                .get("id")
                .asString();

        var changed = api.put("/api/admin/customers/" + id)
                .as(admin)
                .json(Map.of(
                        "name",
                        "Ann Lee-Martin",
                        "phone",
                        "",
                        "address",
                        "5 Place des Vosges",
                        "lat",
                        48.8556,
                        "lng",
                        2.3655))
                .send();
        before.put("scheduledStart", "2027-03-03T09:00:00Z");
        var later = api.post("/api/bookings").as(admin).json(before).send().body();

        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.body().get("name").asString()).isEqualTo("Ann Lee-Martin");
        assertThat(changed.body().get("phone").isNull())
                .as("an empty phone clears it")
                .isTrue();
        assertThat(changed.body().get("email").asString())
                .as("what is not sent stays")
                .isEqualTo("ann@example.com");
        assertThat(api.get("/api/admin/customers/" + id)
                        .as(admin)
                        .send()
                        .body()
                        .get("address")
                        .asString())
                .isEqualTo("5 Place des Vosges");
        assertThat(later.get("customer").get("address").asString()).isEqualTo("5 Place des Vosges");
        assertThat(api.get("/api/bookings/" + earlier)
                        .as(admin)
                        .send()
                        .body()
                        .get("customer")
                        .get("name")
                        .asString())
                .isEqualTo("Ann Lee");
    }

    @Test
    void anAddressWithoutItsPlaceOrAnotherBusinesssCustomerIsRefused() {
        String id = create(customer("Ann Lee", null, null)).body().get("id").asString();

        var addressAlone = api.put("/api/admin/customers/" + id)
                .as(admin)
                .json(Map.of("address", "Elsewhere"))
                .send();
        var byAnother = api.put("/api/admin/customers/" + id)
                .as(api.signUp())
                .json(Map.of("name", "Mine now"))
                .send();

        assertBadField(addressAlone, "address");
        assertThat(byAnother.status()).isEqualTo(404);
        assertThat(api.get("/api/admin/customers/" + id)
                        .as(admin)
                        .send()
                        .body()
                        .get("name")
                        .asString())
                .isEqualTo("Ann Lee");
    }

    @Test
    void aProviderIsForbiddenFromCustomers() {
        var provider = new Providers(api).registerAndLogIn(admin, "Pat");

        assertThat(api.get("/api/admin/customers").as(provider.session()).send().status())
                .isEqualTo(403);
        assertThat(create(customer("Ann", null, null), provider.session()).status())
                .isEqualTo(403);
    }

    private Api.Response create(Map<String, Object> body) {
        return create(body, admin);
    }

    private Api.Response create(Map<String, Object> body, Api.Session session) {
        return api.post("/api/admin/customers").as(session).json(body).send();
    }

    private List<String> search(String q) {
        return names(api.get("/api/admin/customers?q="
                        + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8))
                .as(admin)
                .send()
                .body());
    }

    private static List<String> names(JsonNode page) {
        var names = new ArrayList<String>();
        page.get("items").forEach(item -> names.add(item.get("name").asString()));
        return names;
    }

    private static Map<String, Object> customer(String name, String email, String phone) {
        var body = new LinkedHashMap<String, Object>();
        if (name != null) {
            body.put("name", name);
        }
        if (email != null) {
            body.put("email", email);
        }
        if (phone != null) {
            body.put("phone", phone);
        }
        body.put("address", "1 Rue de Rivoli, Paris");
        body.put("lat", 48.8566);
        body.put("lng", 2.3522);
        return body;
    }

    private static void assertBadField(Api.Response response, String field) {
        assertThat(response.status()).as(response.text()).isEqualTo(400);
        assertThat(response.body().get("errors").get(0).get("field").asString()).isEqualTo(field);
    }
}
