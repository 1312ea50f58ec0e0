package dev.tandem.standalone.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tandem.standalone.booking.Bookings;
import dev.tandem.standalone.support.Api;
import dev.tandem.standalone.support.AsTheBusiness;
import dev.tandem.standalone.support.StandaloneTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Webhooks against a receiver on this machine (the test context allows private addresses, retries after 1 s,
 * and turns an endpoint off after two deliveries failed for good). Signatures are checked by the test's own
 * implementation of the Standard Webhooks scheme.
 */
@StandaloneTest
class WebhookIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    Api api;
    Bookings bookings;
    Api.Session admin;
    Receiver receiver;

    @BeforeEach
    void aBusinessAndAReceiver() throws Exception {
        api = new Api(port);
        bookings = new Bookings(api);
        admin = api.signUp();
        receiver = new Receiver();
    }

    @AfterEach
    void stopTheReceiver() {
        receiver.close();
    }

    @Test
    void eachSubscribedEventArrivesOnceSignedAndNoOtherType() throws Exception {
        JsonNode endpoint = register(List.of("booking.created", "booking.confirmed"));
        String secret = endpoint.get("secret").asString();
        assertThat(secret).startsWith("whsec_");
        var provider = bookings.provider(admin);

        String job = bookings.booked(admin, Bookings.TEN_AM, provider).get("id").asString();
        bookings.move(provider, job, "CONFIRMED");
        bookings.move(provider, job, "IN_PROGRESS");
        String laterJob = bookings.booked(admin, Bookings.TEN_AM.plus(Duration.ofHours(3)), provider)
                .get("id")
                .asString();

        await().atMost(Duration.ofSeconds(20)).until(() -> types().size() >= 3);
        Thread.sleep(1_500); // time for anything that should not come
        assertThat(types())
                .as("each subscribed event once; events of different bookings go independently")
                .containsExactlyInAnyOrder("booking.created", "booking.confirmed", "booking.created");
        for (Receiver.Received request : receiver.received()) {
            JsonNode body = JSON.readTree(request.body());
            assertThat(verifies(secret, request))
                    .as("signed with the endpoint's secret")
                    .isTrue();
            assertThat(request.header("webhook-id")).isEqualTo(body.get("id").asString());
            assertThat(body.get("businessId").asString()).isEqualTo(admin.businessId());
            assertThat(body.get("sequence").isNumber()).isTrue();
            assertThat(body.get("occurredAt").asString()).endsWith("Z");
        }
        List<JsonNode> ofTheJob = new ArrayList<>();
        for (Receiver.Received request : receiver.received()) {
            JsonNode body = JSON.readTree(request.body());
            if (body.get("aggregateId").asString().equals(job)) {
                ofTheJob.add(body);
            }
        }
        assertThat(ofTheJob)
                .extracting(body -> body.get("type").asString())
                .as("one booking's events in order")
                .containsExactly("booking.created", "booking.confirmed");
        assertThat(ofTheJob.get(1).get("data").get("status").asString())
                .as("the booking as it stood")
                .isEqualTo("CONFIRMED");
        assertThat(receiver.received())
                .extracting(request ->
                        JSON.readTree(request.body()).get("aggregateId").asString())
                .contains(laterJob);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> deliveries(endpoint, null).size() == 3);
        assertThat(deliveries(endpoint, null))
                .extracting(attempt -> attempt.get("status").asString())
                .containsExactly("SUCCEEDED", "SUCCEEDED", "SUCCEEDED");
    }

    @Test
    void aReceiverThatFailsGetsTheSameIdAgainWithinThirtySecondsAndTheLogShowsBothAttempts() throws Exception {
        JsonNode endpoint = register(List.of("booking.created"));
        receiver.answer(request -> receiver.received().isEmpty() ? 503 : 200);

        String job = bookings.create(admin, Bookings.newBooking(Bookings.TEN_AM, null))
                .body()
                .get("id")
                .asString();

        await().atMost(Duration.ofSeconds(30)).until(() -> receiver.received().size() >= 2);
        var first = receiver.received().get(0);
        var second = receiver.received().get(1);
        assertThat(first.answered()).isEqualTo(503);
        assertThat(second.answered()).isEqualTo(200);
        assertThat(second.header("webhook-id")).isEqualTo(first.header("webhook-id"));
        assertThat(Duration.between(first.at(), second.at())).isLessThan(Duration.ofSeconds(30));
        assertThat(JSON.readTree(second.body()).get("aggregateId").asString()).isEqualTo(job);

        await().atMost(Duration.ofSeconds(10))
                .until(() -> deliveries(endpoint, null).size() >= 2);
        List<JsonNode> log = deliveries(endpoint, null);
        assertThat(log.get(0).get("attempt").asInt()).isEqualTo(2);
        assertThat(log.get(0).get("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(log.get(0).get("responseStatus").asInt()).isEqualTo(200);
        assertThat(log.get(1).get("attempt").asInt()).isEqualTo(1);
        assertThat(log.get(1).get("status").asString()).isEqualTo("FAILED");
        assertThat(log.get(1).get("responseStatus").asInt()).isEqualTo(503);
        assertThat(log.get(1).get("responseExcerpt").asString()).isEqualTo("answered 503");
        assertThat(log.get(1).get("nextAttemptAt").isString()).isTrue();
        assertThat(log.get(0).get("id").asString())
                .isEqualTo(log.get(1).get("id").asString());
        assertThat(deliveries(endpoint, "failed")).hasSize(1);
    }

    @Test
    void anAggregatesEventsArriveInOrderEvenWhenOneHasToBeRetried() throws Exception {
        register(List.of("*"));
        var provider = bookings.provider(admin);
        // The booking's first event fails once: the ones after it must wait for it.
        receiver.answer(request -> isACreatedBooking(request) && !anyCreatedBookingReceived() ? 500 : 200);

        String job = bookings.booked(admin, Bookings.TEN_AM, provider).get("id").asString();
        bookings.runToCompletion(provider, job);

        await().atMost(Duration.ofSeconds(30))
                .until(() -> firstSuccessfulSequencesOf(job).size() >= 4);
        assertThat(receiver.received().stream().filter(request -> request.answered() == 500))
                .as("the first try of the booking's first event failed")
                .hasSize(1);
        List<Long> sequences = firstSuccessfulSequencesOf(job);
        assertThat(sequences)
                .as("each event of the booking after the one before it")
                .isSorted();
        assertThat(new HashSet<>(sequences)).hasSameSizeAs(sequences);
    }

    @Test
    void deliveriesQueuedWhileTheSenderIsAwayArriveWhenItIsBack(
            @Autowired org.springframework.context.ApplicationContext context) throws Exception {
        register(List.of("booking.created"));
        var sender = (org.springframework.context.SmartLifecycle) context.getBean("webhookSender");
        sender.stop();
        try {
            for (int i = 0; i < 3; i++) {
                bookings.create(admin, Bookings.newBooking(Bookings.TEN_AM.plus(Duration.ofHours(i)), null));
            }
            Thread.sleep(1_000);
            assertThat(receiver.received())
                    .as("nothing is sent while the sender is stopped")
                    .isEmpty();
            assertThat(jdbc.queryForObject(
                            "select count(*) from webhook_delivery where business_id = ?::uuid and status = 'PENDING'",
                            Integer.class,
                            admin.businessId()))
                    .as("queued in the database, not in memory")
                    .isEqualTo(3);
        } finally {
            sender.start();
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> receiver.received().size() == 3);
    }

    @Test
    void addressesThatLeadInsideAreRefusedAtRegistrationAndAtDelivery() throws Exception {
        for (String inside :
                List.of("http://169.254.169.254/latest/meta-data", "http://[fe80::1]/hooks", "https://0.0.0.0/hooks")) {
            var refused = api.post("/api/admin/webhooks")
                    .as(admin)
                    .json(Map.of("url", inside, "eventTypes", List.of("*")))
                    .send();
            assertThat(refused.status()).as(inside).isEqualTo(400);
            assertThat(refused.body().get("errors").get(0).get("field").asString())
                    .isEqualTo("url");
        }
        assertThat(api.post("/api/admin/webhooks")
                        .as(admin)
                        .json(Map.of("url", "https://no-such-host.invalid/hooks", "eventTypes", List.of("*")))
                        .send()
                        .status())
                .isEqualTo(400);
        assertThat(api.get("/api/admin/webhooks").as(admin).send().body().get("items"))
                .as("nothing was saved")
                .isEmpty();

        // A name that resolved to an allowed address when saved, and to a metadata address now.
        JsonNode endpoint = register(List.of("booking.created"));
        int changed = new AsTheBusiness(transactions, jdbc)
                .run(
                        java.util.UUID.fromString(admin.businessId()),
                        () -> jdbc.update(
                                "update webhook_endpoint set url = 'http://169.254.169.254/latest/meta-data'"
                                        + " where endpoint_id = ?::uuid",
                                endpoint.get("id").asString()));
        assertThat(changed).isEqualTo(1);
        bookings.create(admin, Bookings.newBooking(Bookings.TEN_AM, null));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> !deliveries(endpoint, null).isEmpty());
        JsonNode attempt = deliveries(endpoint, null).getFirst();
        assertThat(attempt.get("status").asString()).isEqualTo("FAILED");
        assertThat(attempt.get("error").asString())
                .isEqualTo("Not sent: the address leads to a link-local or cloud metadata address, which is never"
                        + " allowed.");
        assertThat(attempt.get("responseStatus").isNull()).isTrue();
    }

    @Test
    void aRotatedSecretSignsBesideTheOldOneAndATestEventCanBeSent() throws Exception {
        JsonNode endpoint = register(List.of("booking.created"));
        String old = endpoint.get("secret").asString();
        var rotated = api.post("/api/admin/webhooks/" + endpoint.get("id").asString() + "/rotate-secret")
                .as(admin)
                .send();
        String renewed = rotated.body().get("secret").asString();
        assertThat(renewed).startsWith("whsec_").isNotEqualTo(old);
        assertThat(api.get("/api/admin/webhooks").as(admin).send().text())
                .as("secrets are shown once")
                .doesNotContain(old, renewed, "secret");

        assertThat(api.post("/api/admin/webhooks/" + endpoint.get("id").asString() + "/test")
                        .as(admin)
                        .send()
                        .status())
                .isEqualTo(202);
        await().atMost(Duration.ofSeconds(10)).until(() -> receiver.received().size() == 1);
        var request = receiver.received().getFirst();
        assertThat(JSON.readTree(request.body()).get("type").asString()).isEqualTo("webhook.test");
        assertThat(request.header("webhook-signature").split(" ")).hasSize(2);
        assertThat(verifies(renewed, request)).isTrue();
        assertThat(verifies(old, request))
                .as("the old secret verifies for a day")
                .isTrue();
    }

    @Test
    void anEndpointWhoseDeliveriesKeepFailingIsTurnedOffAndTheAdminsAreTold() throws Exception {
        JsonNode endpoint = register(List.of("booking.created"));
        receiver.answer(request -> 500);

        bookings.create(admin, Bookings.newBooking(Bookings.TEN_AM, null));
        bookings.create(admin, Bookings.newBooking(Bookings.TEN_AM.plus(Duration.ofHours(2)), null));

        String id = endpoint.get("id").asString();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> !api.get("/api/admin/webhooks/" + id)
                        .as(admin)
                        .send()
                        .body()
                        .get("enabled")
                        .asBoolean());
        assertThat(api.get("/api/admin/webhooks/" + id)
                        .as(admin)
                        .send()
                        .body()
                        .get("disabledReason")
                        .asString())
                .isEqualTo("2 deliveries in a row failed, the last: answered 500");
        await().atMost(Duration.ofSeconds(10))
                .until(
                        () -> api.get("/api/admin/notifications")
                                .as(admin)
                                .send()
                                .text(),
                        text -> text.contains("Webhook turned off"));
        int sent = receiver.received().size();
        bookings.create(admin, Bookings.newBooking(Bookings.TEN_AM.plus(Duration.ofHours(4)), null));
        Thread.sleep(1_500);
        assertThat(receiver.received()).as("a turned-off endpoint gets nothing").hasSize(sent);

        var turnedOn = api.patch("/api/admin/webhooks/" + id)
                .as(admin)
                .json(Map.of("enabled", true))
                .send();
        assertThat(turnedOn.body().get("enabled").asBoolean()).isTrue();
        assertThat(turnedOn.body().get("disabledReason").isNull()).isTrue();
    }

    @Test
    void anotherBusinessSeesNoneOfItAndItsEventsNeverArrive() throws Exception {
        JsonNode endpoint = register(List.of("*"));
        String id = endpoint.get("id").asString();
        var stranger = api.signUp();

        assertThat(api.get("/api/admin/webhooks").as(stranger).send().body().get("items"))
                .isEmpty();
        assertThat(api.get("/api/admin/webhooks/" + id).as(stranger).send().status())
                .isEqualTo(404);
        assertThat(api.get("/api/admin/webhooks/" + id + "/deliveries")
                        .as(stranger)
                        .send()
                        .status())
                .isEqualTo(404);
        assertThat(api.patch("/api/admin/webhooks/" + id)
                        .as(stranger)
                        .json(Map.of("enabled", false))
                        .send()
                        .status())
                .isEqualTo(404);
        assertThat(api.delete("/api/admin/webhooks/" + id).as(stranger).send().status())
                .isEqualTo(404);
        bookings.create(stranger, Bookings.newBooking(Bookings.TEN_AM, null));
        bookings.create(admin, Bookings.newBooking(Bookings.TEN_AM, null));

        await().atMost(Duration.ofSeconds(10)).until(() -> !receiver.received().isEmpty());
        Thread.sleep(1_000);
        assertThat(receiver.received())
                .extracting(request ->
                        JSON.readTree(request.body()).get("businessId").asString())
                .containsOnly(admin.businessId());
        assertThat(api.get("/api/admin/webhooks")
                        .as(provider().session())
                        .send()
                        .status())
                .isEqualTo(403);
    }

    @Test
    void badRegistrationsAreRefusedWithEveryReason() {
        var refused = api.post("/api/admin/webhooks")
                .as(admin)
                .json(Map.of("url", "", "eventTypes", List.of()))
                .send();
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("errors"))
                .extracting(error -> error.get("field").asString())
                .contains("url", "eventTypes");
        var unknownType = api.post("/api/admin/webhooks")
                .as(admin)
                .json(Map.of("url", receiver.url(), "eventTypes", List.of("booking.exploded")))
                .send();
        assertThat(unknownType.status()).isEqualTo(400);
        assertThat(unknownType.body().get("errors").get(0).get("message").asString())
                .startsWith("\"booking.exploded\" is not an event type");
    }

    private static boolean isACreatedBooking(Receiver.Received request) {
        return request.body().contains("\"type\":\"booking.created\"");
    }

    private boolean anyCreatedBookingReceived() {
        return receiver.received().stream().anyMatch(WebhookIntegrationTests::isACreatedBooking);
    }

    private Bookings.Provider provider() {
        return bookings.provider(admin);
    }

    private JsonNode register(List<String> types) {
        var registered = api.post("/api/admin/webhooks")
                .as(admin)
                .json(Map.of("url", receiver.url(), "eventTypes", types, "description", "the test's receiver"))
                .send();
        assertThat(registered.status()).as(registered.text()).isEqualTo(201);
        return registered.body();
    }

    private List<String> types() throws Exception {
        var types = new ArrayList<String>();
        for (Receiver.Received request : receiver.received()) {
            types.add(JSON.readTree(request.body()).get("type").asString());
        }
        return types;
    }

    private List<JsonNode> deliveries(JsonNode endpoint, String status) {
        var answer = api.get("/api/admin/webhooks/" + endpoint.get("id").asString() + "/deliveries"
                        + (status == null ? "" : "?status=" + status))
                .as(admin)
                .send();
        var items = new ArrayList<JsonNode>();
        answer.body().get("items").forEach(items::add);
        return items;
    }

    /** The sequence numbers of the booking's events in the order the receiver first accepted each. */
    private List<Long> firstSuccessfulSequencesOf(String booking) throws Exception {
        var sequences = new ArrayList<Long>();
        for (Receiver.Received request : receiver.received()) {
            JsonNode body = JSON.readTree(request.body());
            if (request.answered() == 200
                    && booking.equals(body.path("aggregateId").asString(""))) {
                sequences.add(body.get("sequence").asLong());
            }
        }
        return sequences;
    }

    /** The Standard Webhooks check, written here from the specification: any of the listed v1 signatures. */
    private static boolean verifies(String secret, Receiver.Received request) throws Exception {
        var mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.replace("whsec_", "")), "HmacSHA256"));
        String signed = request.header("webhook-id") + "." + request.header("webhook-timestamp") + "." + request.body();
        String expected = Base64.getEncoder().encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
        for (String signature : request.header("webhook-signature").split(" ")) {
            if (signature.equals("v1," + expected)) {
                return true;
            }
        }
        return false;
    }
}
