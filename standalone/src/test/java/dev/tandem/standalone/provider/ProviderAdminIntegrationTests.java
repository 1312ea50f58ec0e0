package dev.tandem.standalone.provider;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.standalone.booking.Bookings;
import dev.tandem.standalone.support.Api;
import dev.tandem.standalone.support.StandaloneTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@StandaloneTest
class ProviderAdminIntegrationTests {

    @LocalServerPort
    int port;

    Api api;
    Providers providers;
    Api.Session admin;

    @BeforeEach
    void connect() {
        api = new Api(port);
        providers = new Providers(api);
        admin = api.signUp();
    }

    @Test
    void registeringAnswersWithTheNewProviderAndEveryReadAfterItSeesIt() {
        var body = Providers.registration("Pat Doe");
        body.put("skills", List.of(" Cleaning ", "Ironing"));

        var created = providers.register(admin, body);
        String id = created.body().get("id").asString();
        var read = api.get("/api/admin/providers/" + id).as(admin).send();

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/admin/providers/" + id);
        assertThat(created.header("ETag")).isEqualTo("\"1\"");
        assertThat(created.body().has("inviteToken")).isFalse();
        assertThat(created.body().get("status").asString()).isEqualTo("AVAILABLE");
        assertThat(created.body().get("active").asBoolean()).isTrue();
        assertThat(texts(created.body().get("skills"))).containsExactly("cleaning", "ironing");
        assertThat(created.body().get("payRate").get("type").asString()).isEqualTo("PERCENTAGE");
        assertThat(created.body().get("payRate").get("amount").asLong()).isEqualTo(2500);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.header("ETag")).isEqualTo("\"1\"");
        assertThat(read.body()).isEqualTo(created.body());
    }

    @Test
    void aProviderRegisteredWithAPasswordLogsInAndSeesItsProfile() {
        var provider = providers.registerAndLogIn(admin, "Pat Doe");

        var profile = api.get("/api/provider/profile").as(provider.session()).send();

        assertThat(profile.status()).isEqualTo(200);
        assertThat(profile.body().get("id").asString()).isEqualTo(provider.id());
        assertThat(profile.body().get("name").asString()).isEqualTo("Pat Doe");
    }

    @Test
    void aProviderRegisteredWithoutAPasswordIsInvitedAndSetsItsOwn() {
        var body = Providers.registration("Invited Ivy");
        body.remove("password");

        var created = providers.register(admin, body);
        String invite = created.body().get("inviteToken").asString();
        var accepted = api.post("/api/auth/accept-invite")
                .json(Map.of("inviteToken", invite, "password", "ivy's own password"))
                .send();
        var session = providers.logIn((String) body.get("email"), "ivy's own password");
        var profile = api.get("/api/provider/profile").as(session).send();

        assertThat(created.status()).isEqualTo(201);
        assertThat(invite).isNotBlank();
        assertThat(accepted.status()).isEqualTo(200);
        assertThat(accepted.body().get("user").get("providerId").asString())
                .isEqualTo(created.body().get("id").asString());
        assertThat(profile.body().get("name").asString()).isEqualTo("Invited Ivy");
    }

    @Test
    void aRadiusOutOfRangeIsRefusedNamingTheField() {
        var body = Providers.registration("Pat");
        body.put("serviceRadiusKm", 0);

        assertBadField(providers.register(admin, body), "serviceRadiusKm");
    }

    @Test
    void aBlankSkillIsRefusedNamingTheField() {
        var body = Providers.registration("Pat");
        body.put("skills", List.of("cleaning", " "));

        assertBadField(providers.register(admin, body), "skills");
    }

    @Test
    void aMissingNameIsRefusedNamingTheField() {
        var body = Providers.registration("Pat");
        body.remove("name");

        assertBadField(providers.register(admin, body), "name");
    }

    @Test
    void aShortPasswordIsRefusedAndNoProviderIsStored() {
        var body = Providers.registration("Pat");
        body.put("password", "short");

        assertBadField(providers.register(admin, body), "password");
        assertThat(listedNames(admin)).isEmpty();
    }

    @Test
    void anInvalidPayRateIsRefusedNamingTheField() {
        var body = Providers.registration("Pat");
        body.put("payRate", Map.of("type", "PERCENTAGE", "amount", 10_001));

        assertBadField(providers.register(admin, body), "payRate");
    }

    @Test
    void aTakenEmailIsAConflictAndStoresNoSecondProvider() {
        var first = Providers.registration("First");
        providers.register(admin, first);
        var second = Providers.registration("Second");
        second.put("email", first.get("email"));

        var conflict = providers.register(admin, second);

        assertThat(conflict.status()).isEqualTo(409);
        assertThat(listedNames(admin)).containsExactly("First");
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyAnswersTheSameAndRegistersOnce() {
        String key = UUID.randomUUID().toString();
        var body = Providers.registration("Once Only");

        var first = api.post("/api/admin/providers")
                .as(admin)
                .header("Idempotency-Key", key)
                .json(body)
                .send();
        var retry = api.post("/api/admin/providers")
                .as(admin)
                .header("Idempotency-Key", key)
                .json(body)
                .send();

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(listedNames(admin)).containsExactly("Once Only");
    }

    @Test
    void changingAProviderAnswersWithItAndEveryReadSeesIt() {
        String id = registered("Pat");

        var changed = api.put("/api/admin/providers/" + id)
                .as(admin)
                .json(Map.of(
                        "name", "Pat Smith",
                        "skills", List.of("Windows"),
                        "payRate", Map.of("type", "FLAT", "amount", 4000)))
                .send();
        var read = api.get("/api/admin/providers/" + id).as(admin).send();

        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.body().get("name").asString()).isEqualTo("Pat Smith");
        assertThat(texts(changed.body().get("skills"))).containsExactly("windows");
        assertThat(changed.body().get("payRate").get("type").asString()).isEqualTo("FLAT");
        assertThat(changed.body().get("version").asLong()).isEqualTo(3);
        assertThat(changed.header("ETag")).isEqualTo("\"3\"");
        assertThat(read.body()).isEqualTo(changed.body());
    }

    @Test
    void aStaleIfMatchIsAPreconditionFailureAndChangesNothing() {
        String id = registered("Pat");
        api.put("/api/admin/providers/" + id)
                .as(admin)
                .json(Map.of("name", "First"))
                .send();

        var stale = api.put("/api/admin/providers/" + id)
                .as(admin)
                .header("If-Match", "\"1\"")
                .json(Map.of("name", "Second", "payRate", Map.of("type", "FLAT", "amount", 1)))
                .send();

        assertThat(stale.status()).isEqualTo(412);
        var current = api.get("/api/admin/providers/" + id).as(admin).send().body();
        assertThat(current.get("name").asString()).isEqualTo("First");
        assertThat(current.get("payRate").get("type").asString()).isEqualTo("PERCENTAGE");
    }

    @Test
    void aStaleExpectedVersionIsAConflictAndChangesNothing() {
        String id = registered("Pat");
        api.put("/api/admin/providers/" + id)
                .as(admin)
                .json(Map.of("name", "First"))
                .send();

        var stale = api.put("/api/admin/providers/" + id)
                .as(admin)
                .json(Map.of("name", "Second", "expectedVersion", 1))
                .send();

        assertThat(stale.status()).isEqualTo(409);
        assertThat(api.get("/api/admin/providers/" + id)
                        .as(admin)
                        .send()
                        .body()
                        .get("name")
                        .asString())
                .isEqualTo("First");
    }

    @Test
    void aCurrentIfMatchIsAccepted() {
        String id = registered("Pat");

        var change = api.put("/api/admin/providers/" + id)
                .as(admin)
                .header("If-Match", "\"1\"")
                .json(Map.of("name", "Matched"))
                .send();

        assertThat(change.status()).isEqualTo(200);
        assertThat(change.body().get("name").asString()).isEqualTo("Matched");
    }

    @Test
    void theEmailIsNotChangedThroughAnUpdate() {
        String id = registered("Pat");

        assertBadField(
                api.put("/api/admin/providers/" + id)
                        .as(admin)
                        .json(Map.of("email", "new@example.com"))
                        .send(),
                "email");
    }

    @Test
    void deactivatingKeepsTheProviderListedAsInactiveAndItCannotLogInOrRefresh() {
        var body = Providers.registration("Leaving Lee");
        String id = providers.register(admin, body).body().get("id").asString();
        var session = providers.logIn((String) body.get("email"), Providers.PROVIDER_PASSWORD);

        var deactivated = api.delete("/api/admin/providers/" + id).as(admin).send();
        var login = api.post("/api/auth/login")
                .json(Map.of("email", body.get("email"), "password", Providers.PROVIDER_PASSWORD))
                .send();
        var refresh = api.post("/api/auth/refresh")
                .json(Map.of("refreshToken", session.refreshToken()))
                .send();
        var read = api.get("/api/admin/providers/" + id).as(admin).send();

        assertThat(deactivated.status()).isEqualTo(204);
        assertThat(login.status()).isEqualTo(401);
        assertThat(refresh.status()).isEqualTo(401);
        assertThat(read.body().get("active").asBoolean()).isFalse();
        assertThat(read.body().get("name").asString()).isEqualTo("Leaving Lee");
    }

    @Test
    void aReactivatedProviderSignsInAgainComesBackOfflineAndTakesChangesAgain() {
        var body = Providers.registration("Returning Rae");
        String id = providers.register(admin, body).body().get("id").asString();
        var oldSession = providers.logIn((String) body.get("email"), Providers.PROVIDER_PASSWORD);
        api.delete("/api/admin/providers/" + id).as(admin).send();

        var reactivated =
                api.post("/api/admin/providers/" + id + "/reactivate").as(admin).send();
        var again =
                api.post("/api/admin/providers/" + id + "/reactivate").as(admin).send();
        var oldRefresh = api.post("/api/auth/refresh")
                .json(Map.of("refreshToken", oldSession.refreshToken()))
                .send();
        var session = providers.logIn((String) body.get("email"), Providers.PROVIDER_PASSWORD);
        var available = api.post("/api/provider/availability")
                .as(session)
                .json(Map.of("status", "AVAILABLE"))
                .send();
        var renamed = api.put("/api/admin/providers/" + id)
                .as(admin)
                .json(Map.of("name", "Rae Back"))
                .send();

        assertThat(reactivated.status()).isEqualTo(200);
        assertThat(reactivated.body().get("active").asBoolean()).isTrue();
        assertThat(reactivated.body().get("status").asString()).isEqualTo("OFFLINE");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().get("version").asLong())
                .as("a second reactivation changes nothing")
                .isEqualTo(reactivated.body().get("version").asLong());
        assertThat(oldRefresh.status())
                .as("the sessions ended at the deactivation stay ended")
                .isEqualTo(401);
        assertThat(available.status()).isEqualTo(200);
        assertThat(available.body().get("status").asString()).isEqualTo("AVAILABLE");
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(api.get("/api/admin/providers/" + id)
                        .as(admin)
                        .send()
                        .body()
                        .get("active")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void anotherBusinessCannotReactivateAProviderAndAProviderCannotReactivateItself() {
        var body = Providers.registration("Kept Kim");
        String id = providers.register(admin, body).body().get("id").asString();
        var colleague = providers.registerAndLogIn(admin, "Colleague");
        api.delete("/api/admin/providers/" + id).as(admin).send();

        var byOutsider = api.post("/api/admin/providers/" + id + "/reactivate")
                .as(api.signUp())
                .send();
        var byProvider = api.post("/api/admin/providers/" + id + "/reactivate")
                .as(colleague.session())
                .send();

        assertThat(byOutsider.status()).isEqualTo(404);
        assertThat(byProvider.status()).isEqualTo(403);
        assertThat(api.get("/api/admin/providers/" + id)
                        .as(admin)
                        .send()
                        .body()
                        .get("active")
                        .asBoolean())
                .isFalse();
    }

    @Test
    void anAdminGivesAnInvitedProviderItsHoursAndTimeOffAndItCanThenBeBooked() {
        var body = Providers.registration("Invited Ivo");
        body.remove("password");
        String id = providers.register(admin, body).body().get("id").asString();
        var unbookable = api.post("/api/bookings")
                .as(admin)
                .json(Bookings.newBooking(Bookings.TEN_AM, id))
                .send();

        var set = api.put("/api/admin/providers/" + id + "/availability")
                .as(admin)
                .json(Map.of(
                        "weeklyHours",
                        Bookings.EVERY_DAY,
                        "timeOff",
                        List.of(Map.of(
                                "start", "2027-03-10T00:00:00Z", "end", "2027-03-12T00:00:00Z", "reason", "Moving"))))
                .send();
        var booked = api.post("/api/bookings")
                .as(admin)
                .json(Bookings.newBooking(Bookings.TEN_AM, id))
                .send();
        var onTimeOff = api.post("/api/bookings")
                .as(admin)
                .json(Bookings.newBooking(Instant.parse("2027-03-11T09:00:00Z"), id))
                .send();

        assertThat(unbookable.status()).as("no hours yet").isEqualTo(409);
        assertThat(set.status()).isEqualTo(200);
        assertThat(set.body().get("weeklyHours")).hasSize(7);
        assertThat(set.body().get("timeOff").get(0).get("reason").asString()).isEqualTo("Moving");
        assertThat(booked.status()).isEqualTo(201);
        assertThat(onTimeOff.status()).isEqualTo(409);
    }

    @Test
    void onlyTheProvidersOwnAdminsSetItsAvailability() {
        var pat = providers.registerAndLogIn(admin, "Pat");
        var hours = Map.of("weeklyHours", Bookings.EVERY_DAY);

        var byOutsider = api.put("/api/admin/providers/" + pat.id() + "/availability")
                .as(api.signUp())
                .json(hours)
                .send();
        var byProvider = api.put("/api/admin/providers/" + pat.id() + "/availability")
                .as(pat.session())
                .json(hours)
                .send();

        assertThat(byOutsider.status()).isEqualTo(404);
        assertThat(byProvider.status()).isEqualTo(403);
        assertThat(api.get("/api/provider/availability")
                        .as(pat.session())
                        .send()
                        .body()
                        .get("weeklyHours"))
                .as("unchanged")
                .isEmpty();
    }

    @Test
    void aDeactivatedProviderCannotBeChangedPaidOrDeactivatedAgain() {
        String id = registered("Pat");
        api.delete("/api/admin/providers/" + id).as(admin).send();

        var change = api.put("/api/admin/providers/" + id)
                .as(admin)
                .json(Map.of("name", "Back"))
                .send();
        var pay = api.post("/api/admin/providers/legacy")
                .as(admin)
                .json(Map.of("providerId", id, "type", "FLAT", "amount", 100))
                .send();
        var again = api.delete("/api/admin/providers/" + id).as(admin).send();

        assertThat(change.status()).isEqualTo(409);
        assertThat(pay.status()).isEqualTo(409);
        assertThat(again.status()).isEqualTo(409);
    }

    @Test
    void theListFiltersBySkillStatusAndTextAndPagesByCursor() {
        var ann = Providers.registration("Ann");
        ann.put("skills", List.of("windows"));
        providers.register(admin, ann);
        var bob = providers.registerAndLogIn(admin, "Bob");
        api.post("/api/provider/availability")
                .as(bob.session())
                .json(Map.of("status", "OFFLINE"))
                .send();
        registered("Cleo");

        assertThat(listedNames(admin)).containsExactly("Ann", "Bob", "Cleo");
        assertThat(names(list("?skill=Windows"))).containsExactly("Ann");
        assertThat(names(list("?status=OFFLINE"))).containsExactly("Bob");
        assertThat(names(list("?q=cLe"))).containsExactly("Cleo");
        assertThat(names(list("?q=" + ((String) ann.get("email")).substring(0, 20))))
                .containsExactly("Ann");
        var firstPage = list("?limit=2");
        var secondPage = list("?limit=2&cursor=" + firstPage.get("nextCursor").asString());
        assertThat(names(firstPage)).containsExactly("Ann", "Bob");
        assertThat(names(secondPage)).containsExactly("Cleo");
        assertThat(secondPage.get("nextCursor").isNull()).isTrue();
    }

    @Test
    void badListParametersAreRefusedNamingTheField() {
        assertBadField(api.get("/api/admin/providers?status=ASLEEP").as(admin).send(), "status");
        assertBadField(api.get("/api/admin/providers?limit=501").as(admin).send(), "limit");
        assertBadField(api.get("/api/admin/providers?cursor=nonsense").as(admin).send(), "cursor");
    }

    @Test
    void aNewPayRateIsAddedAndTheLegacyListShowsTheWholeHistory() {
        String id = registered("Pat");

        var added = api.post("/api/admin/providers/legacy")
                .as(admin)
                .json(Map.of(
                        "providerId", id, "type", "HOURLY", "amount", 2000, "effectiveFrom", "2030-01-01T00:00:00Z"))
                .send();
        var legacy = api.get("/api/admin/providers/legacy").as(admin).send();

        assertThat(added.status()).isEqualTo(201);
        assertThat(added.body().get("type").asString()).isEqualTo("HOURLY");
        assertThat(added.body().get("amount").asLong()).isEqualTo(2000);
        assertThat(added.body().get("effectiveFrom").asString()).isEqualTo("2030-01-01T00:00:00Z");
        JsonNode pat = legacy.body().get("items").get(0);
        assertThat(pat.get("id").asString()).isEqualTo(id);
        assertThat(pat.get("payRates")).hasSize(2);
        assertThat(pat.get("payRates").get(0).get("type").asString()).isEqualTo("PERCENTAGE");
        assertThat(pat.get("payRates").get(1).get("type").asString()).isEqualTo("HOURLY");
        assertThat(pat.get("earningsToDateCents").asLong()).isZero();
        assertThat(pat.get("currency").asString()).isEqualTo("EUR");
    }

    @Test
    void theProviderShowsTheRateThatTakesEffectLastWhicheverWasSetLast() {
        String id = registered("Pat");
        for (var rate : List.of(List.of("HOURLY", "2030-01-01T00:00:00Z"), List.of("FLAT", "2029-01-01T00:00:00Z"))) {
            var added = api.post("/api/admin/providers/legacy")
                    .as(admin)
                    .json(Map.of("providerId", id, "type", rate.get(0), "amount", 1500, "effectiveFrom", rate.get(1)))
                    .send();
            assertThat(added.status()).isEqualTo(201);
        }

        JsonNode shown = api.get("/api/admin/providers/" + id).as(admin).send().body();

        assertThat(shown.get("payRate").get("type").asString()).isEqualTo("HOURLY");
        assertThat(shown.get("payRate").get("effectiveFrom").asString()).isEqualTo("2030-01-01T00:00:00Z");
        assertThat(shown.get("version").asLong()).as("each rate is a version").isEqualTo(3);
    }

    @Test
    void aPayRateWithoutEffectiveFromStartsNow() {
        String id = registered("Pat");

        var added = api.post("/api/admin/providers/legacy")
                .as(admin)
                .json(Map.of("providerId", id, "type", "FLAT", "amount", 1500))
                .send();

        assertThat(added.status()).isEqualTo(201);
        assertThat(java.time.Instant.parse(added.body().get("effectiveFrom").asString()))
                .isBefore(java.time.Instant.now().plusSeconds(1));
    }

    @Test
    void anInvalidPayRateAmountIsRefusedNamingTheField() {
        String id = registered("Pat");

        var refused = api.post("/api/admin/providers/legacy")
                .as(admin)
                .json(Map.of("providerId", id, "type", "PERCENTAGE", "amount", 10_001))
                .send();

        assertBadField(refused, "amount");
    }

    private String registered(String name) {
        return providers
                .register(admin, Providers.registration(name))
                .body()
                .get("id")
                .asString();
    }

    private JsonNode list(String query) {
        var response = api.get("/api/admin/providers" + query).as(admin).send();
        assertThat(response.status()).isEqualTo(200);
        return response.body();
    }

    private List<String> listedNames(Api.Session session) {
        return names(api.get("/api/admin/providers").as(session).send().body());
    }

    static List<String> names(JsonNode page) {
        var names = new ArrayList<String>();
        page.get("items").forEach(item -> names.add(item.get("name").asString()));
        return names;
    }

    private static List<String> texts(JsonNode array) {
        var texts = new ArrayList<String>();
        array.forEach(item -> texts.add(item.asString()));
        return texts;
    }

    static void assertBadField(Api.Response response, String field) {
        assertThat(response.status()).as(response.text()).isEqualTo(400);
        assertThat(response.body().get("errors").get(0).get("field").asString()).isEqualTo(field);
    }
}
