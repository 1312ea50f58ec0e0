package dev.tandem.standalone.provider;

import static dev.tandem.standalone.provider.ProviderAdminIntegrationTests.assertBadField;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.standalone.support.Api;
import dev.tandem.standalone.support.StandaloneTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@StandaloneTest
class ProviderSelfServiceIntegrationTests {

    private static final Map<String, String> MONDAY = Map.of("dayOfWeek", "MONDAY", "start", "09:00", "end", "17:00");
    private static final Map<String, String> FRIDAY = Map.of("dayOfWeek", "FRIDAY", "start", "08:00", "end", "12:30");

    @LocalServerPort
    int port;

    Api api;
    Api.Session admin;
    Providers.Registered provider;

    @BeforeEach
    void connect() {
        api = new Api(port);
        admin = api.signUp();
        provider = new Providers(api).registerAndLogIn(admin, "Pat Doe");
    }

    @Test
    void aNewProviderIsAvailableWithNoHoursAndNoTimeOff() {
        var availability =
                api.get("/api/provider/availability").as(provider.session()).send();

        assertThat(availability.status()).isEqualTo(200);
        assertThat(availability.body().get("status").asString()).isEqualTo("AVAILABLE");
        assertThat(availability.body().get("weeklyHours")).isEmpty();
        assertThat(availability.body().get("timeOff")).isEmpty();
    }

    @Test
    void changingAvailabilityAnswersWithAllOfItAndReadsSeeIt() {
        var changed = postAvailability(Map.of(
                "status", "ON_BREAK",
                "weeklyHours", List.of(FRIDAY, MONDAY),
                "timeOff", List.of(period(null, "2027-08-01T00:00:00Z", "2027-08-15T00:00:00Z", "holiday"))));
        var read = api.get("/api/provider/availability").as(provider.session()).send();

        assertThat(changed.status()).isEqualTo(200);
        var body = changed.body();
        assertThat(body.get("status").asString()).isEqualTo("ON_BREAK");
        assertThat(body.get("weeklyHours").get(0).get("dayOfWeek").asString()).isEqualTo("MONDAY");
        assertThat(body.get("weeklyHours").get(0).get("start").asString()).isEqualTo("09:00");
        assertThat(body.get("weeklyHours").get(1).get("end").asString()).isEqualTo("12:30");
        assertThat(body.get("timeOff").get(0).get("id").asString()).isNotBlank();
        assertThat(body.get("timeOff").get(0).get("start").asString()).isEqualTo("2027-08-01T00:00:00Z");
        assertThat(body.get("timeOff").get(0).get("reason").asString()).isEqualTo("holiday");
        assertThat(read.body()).isEqualTo(body);
        assertThat(api.get("/api/admin/providers/" + provider.id())
                        .as(admin)
                        .send()
                        .body()
                        .get("status")
                        .asString())
                .isEqualTo("ON_BREAK");
    }

    @Test
    void timeOffIsReplacedAsAListKeepingTheIdsItWasGiven() {
        var first = postAvailability(Map.of(
                "timeOff",
                List.of(
                        period(null, "2027-08-01T00:00:00Z", "2027-08-15T00:00:00Z", "holiday"),
                        period(null, "2027-09-01T09:00:00Z", "2027-09-01T11:00:00Z", "dentist"))));
        String holidayId = first.body().get("timeOff").get(0).get("id").asString();

        var second = postAvailability(Map.of(
                "timeOff", List.of(period(holidayId, "2027-08-01T00:00:00Z", "2027-08-10T00:00:00Z", "shorter"))));

        assertThat(second.body().get("timeOff")).hasSize(1);
        assertThat(second.body().get("timeOff").get(0).get("id").asString()).isEqualTo(holidayId);
        assertThat(second.body().get("timeOff").get(0).get("end").asString()).isEqualTo("2027-08-10T00:00:00Z");
        assertThat(api.get("/api/provider/availability")
                        .as(provider.session())
                        .send()
                        .body())
                .isEqualTo(second.body());
    }

    @Test
    void partsLeftOutStayAsTheyWere() {
        postAvailability(Map.of("weeklyHours", List.of(MONDAY)));

        var changed = postAvailability(Map.of("status", "OFFLINE"));

        assertThat(changed.body().get("status").asString()).isEqualTo("OFFLINE");
        assertThat(changed.body().get("weeklyHours")).hasSize(1);
    }

    @Test
    void busyCannotBeChosen() {
        assertBadField(postAvailability(Map.of("status", "BUSY")), "status");
    }

    @Test
    void overlappingTimeOffIsRefusedAndNothingChanges() {
        var refused = postAvailability(Map.of(
                "status",
                "OFFLINE",
                "timeOff",
                List.of(
                        period(null, "2027-08-01T00:00:00Z", "2027-08-15T00:00:00Z", null),
                        period(null, "2027-08-10T00:00:00Z", "2027-08-20T00:00:00Z", null))));

        assertBadField(refused, "timeOff");
        var availability = api.get("/api/provider/availability")
                .as(provider.session())
                .send()
                .body();
        assertThat(availability.get("status").asString()).isEqualTo("AVAILABLE");
        assertThat(availability.get("timeOff")).isEmpty();
    }

    @Test
    void timeOffThatEndsBeforeItStartsIsRefused() {
        assertBadField(
                postAvailability(
                        Map.of("timeOff", List.of(period(null, "2027-08-15T00:00:00Z", "2027-08-01T00:00:00Z", null)))),
                "timeOff");
    }

    @Test
    void overlappingWeeklyHoursAreRefused() {
        var overlapping = Map.of("dayOfWeek", "MONDAY", "start", "16:00", "end", "18:00");

        assertBadField(postAvailability(Map.of("weeklyHours", List.of(MONDAY, overlapping))), "weeklyHours");
    }

    @Test
    void aProviderChangesItsOwnProfile() {
        var changed = api.put("/api/provider/profile")
                .as(provider.session())
                .json(Map.of(
                        "phone",
                        "+33 6 00 00 00 00",
                        "bio",
                        "Ten years of spotless homes",
                        "skills",
                        List.of("Cleaning", "Ironing")))
                .send();
        var read = api.get("/api/provider/profile").as(provider.session()).send();

        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.body().get("bio").asString()).isEqualTo("Ten years of spotless homes");
        assertThat(changed.header("ETag")).isEqualTo("\"2\"");
        assertThat(read.body()).isEqualTo(changed.body());
        assertThat(read.header("ETag")).isEqualTo("\"2\"");
    }

    @Test
    void aProviderCannotChangeItsPayRateEmailRoleOrBusiness() {
        var payRate = api.put("/api/provider/profile")
                .as(provider.session())
                .json(Map.of("payRate", Map.of("type", "FLAT", "amount", 1_000_000)))
                .send();
        var email = profileChange("email", "me@example.com");
        var role = profileChange("role", "ADMIN");
        var business = profileChange("businessId", admin.businessId());

        assertBadField(payRate, "payRate");
        assertBadField(email, "email");
        assertBadField(role, "role");
        assertBadField(business, "businessId");
        var profile =
                api.get("/api/provider/profile").as(provider.session()).send().body();
        assertThat(profile.get("payRate").get("amount").asLong()).isEqualTo(2500);
        assertThat(profile.get("version").asLong()).isEqualTo(1);
    }

    @Test
    void aStaleProfileVersionIsRefused() {
        api.put("/api/provider/profile")
                .as(provider.session())
                .json(Map.of("bio", "first"))
                .send();

        var stale = api.put("/api/provider/profile")
                .as(provider.session())
                .header("If-Match", "\"1\"")
                .json(Map.of("bio", "second"))
                .send();

        assertThat(stale.status()).isEqualTo(412);
    }

    @Test
    void aProviderIsForbiddenFromTheAdminProviderEndpoints() {
        assertThat(api.get("/api/admin/providers").as(provider.session()).send().status())
                .isEqualTo(403);
        assertThat(api.put("/api/admin/providers/" + provider.id())
                        .as(provider.session())
                        .json(Map.of("payRate", Map.of("type", "FLAT", "amount", 1)))
                        .send()
                        .status())
                .isEqualTo(403);
    }

    /** Its token stops working at once (SessionEndIntegrationTests), so it cannot even ask. */
    @Test
    void aDeactivatedProviderCannotChangeItsAvailability() {
        api.delete("/api/admin/providers/" + provider.id()).as(admin).send();

        assertThat(postAvailability(Map.of("status", "OFFLINE")).status()).isEqualTo(401);
    }

    private Api.Response postAvailability(Map<String, Object> body) {
        return api.post("/api/provider/availability")
                .as(provider.session())
                .json(body)
                .send();
    }

    private Api.Response profileChange(String field, String value) {
        return api.put("/api/provider/profile")
                .as(provider.session())
                .json(Map.of(field, value))
                .send();
    }

    private static Map<String, Object> period(String id, String start, String end, String reason) {
        var period = new LinkedHashMap<String, Object>();
        if (id != null) {
            period.put("id", id);
        }
        period.put("start", start);
        period.put("end", end);
        if (reason != null) {
            period.put("reason", reason);
        }
        return period;
    }
}
