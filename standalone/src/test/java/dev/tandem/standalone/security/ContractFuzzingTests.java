package dev.tandem.standalone.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.platform.database.DatabaseServer;
import dev.tandem.standalone.TandemStandaloneApplication;
import dev.tandem.standalone.booking.Bookings;
import dev.tandem.standalone.support.Api;
import dev.tandem.standalone.support.ApiOperation;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Requests generated from the OpenAPI document for every operation — wrong types, missing and null fields,
 * huge numbers and strings, control and non-BMP characters, invalid ids, dates, zones and currencies, deep
 * nesting, bodies that are no JSON, garbage in the path and the query — sent by callers of the right role,
 * so that they reach the body's checks. Whatever is sent: never a 5xx, every refusal is problem+json, and a
 * refused request stores no event. The server is a standalone application of its own, on a database of its
 * own, so that counting the stored events sees only these requests.
 */
class ContractFuzzingTests {

    private static final JsonMapper json = JsonMapper.builder().build();
    private static final AtomicInteger tried = new AtomicInteger();
    private static final Map<Integer, AtomicInteger> answers = new ConcurrentHashMap<>();

    private static ConfigurableApplicationContext server;
    private static Api api;
    private static DatabaseServer database;
    private static List<Operation> operations;
    private static Api.Session admin;
    private static Api.Session provider;
    private static Map<String, String> ownIds;
    private static JsonNode schemas = json.nullNode();

    record Operation(String method, String path, JsonNode bodySchema, List<String> queryParameters) {

        boolean isProviders() {
            return path.startsWith("/api/provider/");
        }

        boolean isOperators() {
            return path.startsWith("/api/operator/");
        }
    }

    record FuzzedRequest(Operation operation, String path, String body, String contentType, boolean authenticated) {

        @Override
        public String toString() {
            String shown = body == null ? "" : body.length() > 300 ? body.substring(0, 300) + "…" : body;
            return operation.method() + " " + path + " " + shown;
        }
    }

    @BeforeContainer
    static void startAServerOfItsOwn() {
        server = new SpringApplicationBuilder(TandemStandaloneApplication.class)
                .run(
                        "--server.port=0",
                        "--spring.profiles.active=test",
                        "--tandem.database.database-name=fuzzing",
                        // No saga offering bookings later: every event stored is then the effect of the
                        // request just sent, and a refused one must have stored none.
                        "--tandem.assignment.enabled=false",
                        "--logging.level.tandem.http=OFF",
                        "--logging.level.dev.tandem.platform.web=OFF");
        api = new Api(Integer.parseInt(server.getEnvironment().getProperty("local.server.port")));
        database = server.getBean(DatabaseServer.class);
        admin = api.signUp();
        var bookings = new Bookings(api);
        var worker = bookings.provider(admin);
        provider = worker.session();
        JsonNode booking = bookings.booked(admin, Bookings.TEN_AM, worker);
        ownIds = Map.of(
                "bookings", booking.get("id").asString(),
                "providers", worker.id(),
                "customers", booking.get("customer").get("id").asString());
        operations = operationsOf(api.get("/v3/api-docs").send().body());
    }

    @AfterContainer
    static void stopTheServer() {
        System.out.printf(
                "Contract fuzzing: %d requests over %d operations; answers by status: %s%n",
                tried.get(), operations == null ? 0 : operations.size(), new TreeMap<>(answers));
        if (server != null) {
            server.close();
        }
    }

    @Property(tries = 1500)
    void noRequestGetsAServerErrorAndARefusedOneStoresNothing(@ForAll("requests") FuzzedRequest fuzzed)
            throws SQLException {
        long eventsBefore = storedEvents();

        var request = switch (fuzzed.operation().method()) {
            case "GET" -> api.get(fuzzed.path());
            case "POST" -> api.post(fuzzed.path());
            case "PUT" -> api.put(fuzzed.path());
            case "PATCH" -> api.patch(fuzzed.path());
            default -> api.delete(fuzzed.path());
        };
        if (fuzzed.authenticated()) {
            if (fuzzed.operation().isOperators()) {
                request.asOperator();
            } else {
                request.as(fuzzed.operation().isProviders() ? provider : admin);
            }
        }
        if (fuzzed.body() != null) {
            request.body(fuzzed.body(), fuzzed.contentType());
        }
        var answer = request.send();
        tried.incrementAndGet();
        answers.computeIfAbsent(answer.status(), status -> new AtomicInteger()).incrementAndGet();

        assertThat(answer.status()).as("%s → %s", fuzzed, answer.text()).isLessThan(500);
        if (answer.status() >= 400) {
            assertThat(answer.contentType())
                    .as("%s → %s", fuzzed, answer.text())
                    .startsWith("application/problem+json");
            assertThat(storedEvents())
                    .as("events stored by a refused %s", fuzzed)
                    .isEqualTo(eventsBefore);
        }
    }

    @Provide
    Arbitrary<FuzzedRequest> requests() {
        return Arbitraries.of(operations)
                .flatMap(operation -> Combinators.combine(
                                path(operation),
                                body(operation),
                                contentType(),
                                Arbitraries.of(true, true, true, false))
                        .as((path, body, contentType, authenticated) -> new FuzzedRequest(
                                operation, path, body, body == null ? null : contentType, authenticated)));
    }

    private static Arbitrary<String> path(Operation operation) {
        Arbitrary<String> withIds = idsFor(operation.path());
        if (operation.queryParameters().isEmpty()) {
            return withIds;
        }
        return Combinators.combine(withIds, query(operation.queryParameters())).as((path, query) -> path + query);
    }

    /** The path with each variable an id of ours, another id, or no id at all. */
    private static Arbitrary<String> idsFor(String template) {
        Arbitrary<String> path = Arbitraries.just(template);
        for (String variable : variablesOf(template)) {
            String own = template.contains("/bookings")
                    ? ownIds.get("bookings")
                    : template.contains("/customers") ? ownIds.get("customers") : ownIds.get("providers");
            Arbitrary<String> value = Arbitraries.oneOf(
                    Arbitraries.just(own),
                    Arbitraries.just(UUID.randomUUID().toString()),
                    Arbitraries.of("not-an-id", "0", "%00", "..%2F..", "%F0%9F%92%A5", "x".repeat(2_000)));
            path = Combinators.combine(path, value).as((p, v) -> p.replace("{" + variable + "}", v));
        }
        return path;
    }

    private static Arbitrary<String> query(List<String> parameters) {
        return Arbitraries.of(parameters)
                .list()
                .ofMaxSize(3)
                .flatMap(chosen -> Combinators.combine(chosen.stream()
                                .map(name -> queryValue().map(value -> name + "=" + value))
                                .toList())
                        .as(pairs -> pairs.isEmpty() ? "" : "?" + String.join("&", pairs)));
    }

    private static Arbitrary<String> queryValue() {
        return Arbitraries.of(
                "",
                "-1",
                "0",
                "1",
                "500",
                "501",
                "100000",
                "9999999999999999999",
                "1.5",
                "abc",
                "%00",
                "%0A",
                "2026-11-24T09:00:00Z",
                "-999999999-01-01T00:00:00Z",
                "%2B10000-01-01T00:00:00Z",
                "2026-02-30",
                "COMPLETED",
                "completed",
                "NOT_A_STATUS",
                UUID.randomUUID().toString(),
                "not-an-id",
                "%F0%9F%92%A5",
                "x".repeat(1_000));
    }

    /** No body, a body that is no JSON, or the operation's own shape with some fields made nasty. */
    private static Arbitrary<String> body(Operation operation) {
        Arbitrary<String> broken = Arbitraries.of(
                "",
                "null",
                "[]",
                "{",
                "\"text\"",
                "42",
                "{\"a\":",
                "[".repeat(5_000),
                "{\"x\":" + "[".repeat(3_000),
                "{\"name\":\"\\ud800\"}",
                "{\"name\":\"\\u0000\"}");
        if (operation.bodySchema() == null) {
            return Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.just((String) null)), Tuple.of(2, broken));
        }
        return Arbitraries.frequencyOf(
                Tuple.of(1, broken),
                Tuple.of(9, shaped(operation.bodySchema(), 0).map(ContractFuzzingTests::write)));
    }

    private static Arbitrary<String> contentType() {
        return Arbitraries.frequencyOf(
                Tuple.of(12, Arbitraries.just("application/json")),
                Tuple.of(1, Arbitraries.just("text/plain")),
                Tuple.of(1, Arbitraries.just("application/json; charset=latin1")));
    }

    /** A value of the schema's shape in which each field may be left out, or replaced by a nasty value. */
    private static Arbitrary<Object> shaped(JsonNode schema, int depth) {
        JsonNode resolved = resolve(schema);
        if (resolved.has("properties") && depth < 4) {
            var fields = new ArrayList<Map.Entry<String, Arbitrary<Object>>>();
            resolved.get("properties")
                    .properties()
                    .forEach(property -> fields.add(Map.entry(
                            property.getKey(),
                            Arbitraries.frequencyOf(
                                    Tuple.of(5, shaped(property.getValue(), depth + 1)),
                                    Tuple.of(3, nasty()),
                                    Tuple.of(1, Arbitraries.just(Absent.FIELD))))));
            Arbitrary<Map<String, Object>> object = Arbitraries.just(new LinkedHashMap<>());
            for (var field : fields) {
                object = Combinators.combine(object, field.getValue()).as((map, value) -> {
                    var copy = new LinkedHashMap<>(map);
                    if (value != Absent.FIELD) {
                        copy.put(field.getKey(), value);
                    }
                    return copy;
                });
            }
            Arbitrary<Map<String, Object>> withStranger = Combinators.combine(
                            object, Arbitraries.of(false, false, false, true))
                    .as((map, stranger) -> {
                        if (stranger) {
                            var copy = new LinkedHashMap<>(map);
                            copy.put("businessId", UUID.randomUUID().toString());
                            return copy;
                        }
                        return map;
                    });
            return withStranger.map(map -> (Object) map);
        }
        String type = resolved.path("type").asString("");
        String format = resolved.path("format").asString("");
        return switch (type) {
            case "integer" -> Arbitraries.of(1L, 60L, 10_000L, 0L).map(value -> (Object) value);
            case "number" -> Arbitraries.of(48.86, 2.35, 1.0).map(value -> (Object) value);
            case "boolean" -> Arbitraries.of(true, false).map(value -> (Object) value);
            case "array" ->
                shaped(resolved.path("items"), depth + 1).list().ofMaxSize(3).map(list -> (Object) list);
            case "string" ->
                switch (format) {
                    case "uuid" ->
                        Arbitraries.of(ownIds.values().stream().toList()).map(value -> (Object) value);
                    case "date-time" -> Arbitraries.just((Object) "2027-03-02T09:00:00Z");
                    default ->
                        resolved.has("enum")
                                ? Arbitraries.of(resolved.get("enum")
                                                .valueStream()
                                                .map(JsonNode::asString)
                                                .toList())
                                        .map(value -> (Object) value)
                                : Arbitraries.of(
                                                "cleaning",
                                                "Europe/Paris",
                                                "EUR",
                                                "CONFIRMED",
                                                "09:00",
                                                "MONDAY",
                                                "text")
                                        .map(value -> (Object) value);
                };
            default -> nasty();
        };
    }

    /** Values no field expects in this form. */
    private static Arbitrary<Object> nasty() {
        return Arbitraries.oneOf(
                Arbitraries.just(null),
                Arbitraries.of(
                        (Object) 1.5,
                        -1L,
                        Long.MAX_VALUE,
                        Long.MIN_VALUE,
                        new BigInteger("123456789012345678901234567890"),
                        new BigDecimal("1e400"),
                        true,
                        "",
                        " ",
                        "\u0000",
                        "nul\u0000in the middle",
                        "bell\u0007",
                        "\uD83D\uDCA5 non-BMP",
                        "<script>alert(1)</script>",
                        "'; drop table account; --",
                        "not-an-id",
                        "2026-13-45T25:61:00Z",
                        "1970-01-01T00:00:00Z",
                        "+999999999-12-31T23:59:59Z",
                        "Mars/Olympus_Mons",
                        "EURO",
                        "XXX1",
                        "25:99",
                        List.of(),
                        Map.of(),
                        Map.of("nested", Map.of("deeper", List.of(1, "two", Map.of())))),
                Arbitraries.strings().ofMinLength(10_000).ofMaxLength(300_000).map(text -> (Object) text),
                Arbitraries.strings()
                        .withCharRange('\u0000', '\uD7FF')
                        .ofMaxLength(50)
                        .map(text -> (Object) text),
                Arbitraries.longs().map(value -> (Object) value));
    }

    private enum Absent {
        FIELD
    }

    private static JsonNode resolve(JsonNode schema) {
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asString().substring("#/components/schemas/".length());
            return schemas.path(name);
        }
        if (schema.has("allOf") && schema.get("allOf").size() == 1) {
            return resolve(schema.get("allOf").get(0));
        }
        return schema;
    }

    private static List<Operation> operationsOf(JsonNode document) {
        schemas = document.path("components").path("schemas");
        return ApiOperation.allIn(document).stream()
                // Signing out or deactivating would end the sessions the other requests are sent with.
                .filter(operation ->
                        !isSignOut(operation.path()) && !isDeactivation(operation.method(), operation.path()))
                .map(operation -> new Operation(
                        operation.method(), operation.path(), operation.jsonBodySchema(), operation.queryParameters()))
                .toList();
    }

    private static boolean isSignOut(String path) {
        return path.equals("/api/auth/logout");
    }

    private static boolean isDeactivation(String method, String path) {
        return method.equals("DELETE") && path.startsWith("/api/admin/providers/");
    }

    private static List<String> variablesOf(String path) {
        var variables = new ArrayList<String>();
        int open = path.indexOf('{');
        while (open >= 0) {
            int close = path.indexOf('}', open);
            variables.add(path.substring(open + 1, close));
            open = path.indexOf('{', close);
        }
        return variables;
    }

    private static String write(Object value) {
        return json.writeValueAsString(value);
    }

    private static long storedEvents() throws SQLException {
        try (Connection connection = DriverManager.getConnection(
                        database.jdbcUrl(), database.ownerUser(), database.ownerPassword());
                var count = connection.createStatement().executeQuery("select count(*) from domain_event_entry")) {
            count.next();
            return count.getLong(1);
        }
    }
}
