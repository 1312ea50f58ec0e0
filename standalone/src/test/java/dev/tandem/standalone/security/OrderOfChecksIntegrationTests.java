package dev.tandem.standalone.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.standalone.booking.Bookings;
import dev.tandem.standalone.support.Api;
import dev.tandem.standalone.support.ApiOperation;
import dev.tandem.standalone.support.HttpTests;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

/**
 * Every operation of the OpenAPI document, called without a token, with the other role's token, with
 * another business's ids and with a bad body: the first check that fails answers, in the order docs/api.md
 * gives — 401, 403, 404, then 415/400 — so a caller without the right never learns what a valid request
 * looks like. A new operation is tested as soon as it is in the document.
 */
class OrderOfChecksIntegrationTests extends HttpTests {

    private static final String BAD_BODY = "{\"notAField\": 1}";

    /** Paths outside /api/admin and /api/provider that only admins may call, per method. */
    private static final Set<String> ADMIN_ONLY = Set.of(
            "GET /api/bookings",
            "POST /api/bookings",
            "PATCH /api/bookings/{id}",
            "POST /api/bookings/{id}/rating",
            "POST /api/bookings/{id}/tip");

    private enum Audience {
        PUBLIC,
        OPERATOR,
        ADMIN,
        PROVIDER,
        EITHER_ROLE
    }

    private record Operation(String method, String path, boolean takesBody) {

        String name() {
            return method + " " + path;
        }

        Audience audience() {
            if (path.startsWith("/api/auth/")) {
                return Audience.PUBLIC;
            }
            if (path.startsWith("/api/operator/")) {
                return Audience.OPERATOR;
            }
            if (path.startsWith("/api/admin/") || ADMIN_ONLY.contains(name())) {
                return Audience.ADMIN;
            }
            if (path.startsWith("/api/provider/")) {
                return Audience.PROVIDER;
            }
            return Audience.EITHER_ROLE;
        }

        /** A record of some business: a path variable other than a pay period's first day, which is a date. */
        boolean namesAResource() {
            return path.replace("{start}", "").contains("{");
        }
    }

    /** One business's people and records. */
    private record Business(
            Api.Session admin,
            Api.Session provider,
            String providerId,
            String bookingId,
            String customerId,
            String serviceId,
            String webhookId) {

        String idFor(String path, String variable) {
            if (variable.equals("start")) {
                return "2027-03-01";
            }
            if (variable.equals("bookingId") || (variable.equals("id") && path.contains("bookings"))) {
                return bookingId;
            }
            if (variable.equals("providerId") || (variable.equals("id") && path.contains("providers"))) {
                return providerId;
            }
            if (variable.equals("id") && path.contains("customers")) {
                return customerId;
            }
            if (variable.equals("id") && path.contains("services")) {
                return serviceId;
            }
            if (variable.equals("id") && path.contains("webhooks")) {
                return webhookId;
            }
            return UUID.randomUUID().toString();
        }
    }

    private Business ours;
    private Business theirs;

    @TestFactory
    Stream<DynamicTest> everyOperationAnswersItsFirstFailingCheck() {
        ours = business();
        theirs = business();
        List<Operation> operations = operationsOfTheDocument();
        assertThat(operations).as("operations in /v3/api-docs").hasSizeGreaterThan(30);
        return operations.stream()
                .map(operation -> DynamicTest.dynamicTest(operation.name(), () -> checkOrderOf(operation)));
    }

    private void checkOrderOf(Operation operation) {
        Audience audience = operation.audience();
        if (audience == Audience.PUBLIC) {
            return;
        }
        expect(401, call(operation, ours, null, BAD_BODY), operation, "without a token");
        if (audience == Audience.OPERATOR) {
            expect(401, call(operation, ours, ours.admin(), BAD_BODY), operation, "with an admin's token");
            return;
        }
        if (audience == Audience.ADMIN) {
            expect(403, call(operation, theirs, ours.provider(), BAD_BODY), operation, "as a provider");
        }
        if (audience == Audience.PROVIDER) {
            expect(403, call(operation, ours, ours.admin(), BAD_BODY), operation, "as an admin");
        }
        Api.Session rightRole = audience == Audience.PROVIDER ? ours.provider() : ours.admin();
        if (operation.namesAResource()) {
            expect(404, call(operation, theirs, rightRole, BAD_BODY), operation, "on another business's record");
        }
        if (operation.takesBody()) {
            expect(415, call(operation, ours, rightRole, "plain text", "text/plain"), operation, "as text");
            expect(400, call(operation, ours, rightRole, BAD_BODY), operation, "with an unknown field");
        }
    }

    private static void expect(int status, Api.Response response, Operation operation, String how) {
        assertThat(response.status())
                .as("%s %s: %s", operation.name(), how, response.text())
                .isEqualTo(status);
        assertThat(response.contentType()).as("%s %s", operation.name(), how).startsWith("application/problem+json");
    }

    private Api.Response call(Operation operation, Business owner, Api.Session caller, String body) {
        return call(operation, owner, caller, body, "application/json");
    }

    private Api.Response call(
            Operation operation, Business owner, Api.Session caller, String body, String contentType) {
        String path = operation.path();
        for (String variable : variablesOf(path)) {
            path = path.replace("{" + variable + "}", owner.idFor(operation.path(), variable));
        }
        var request = switch (operation.method()) {
            case "GET" -> api.get(path);
            case "POST" -> api.post(path);
            case "PUT" -> api.put(path);
            case "PATCH" -> api.patch(path);
            case "DELETE" -> api.delete(path);
            default -> throw new IllegalArgumentException(operation.method());
        };
        if (caller != null) {
            request.as(caller);
        }
        if (operation.takesBody()) {
            request.body(body, contentType);
        }
        return request.send();
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

    private List<Operation> operationsOfTheDocument() {
        return ApiOperation.allIn(api.get("/v3/api-docs").send().body()).stream()
                .map(operation -> new Operation(operation.method(), operation.path(), operation.takesBody()))
                .toList();
    }

    private Business business() {
        var admin = api.signUp();
        var bookings = new Bookings(api);
        var provider = bookings.provider(admin);
        JsonNode booking = bookings.booked(admin, Bookings.TEN_AM, provider);
        JsonNode service = api.post("/api/admin/services")
                .as(admin)
                .json(java.util.Map.of("name", "cleaning", "defaultDurationMinutes", 60, "defaultPriceCents", 10_000))
                .send()
                .body();
        JsonNode webhook = api.post("/api/admin/webhooks")
                .as(admin)
                .json(java.util.Map.of("url", "https://127.0.0.1/hooks", "eventTypes", java.util.List.of("*")))
                .send()
                .body();
        return new Business(
                admin,
                provider.session(),
                provider.id(),
                booking.get("id").asString(),
                booking.get("customer").get("id").asString(),
                service.get("id").asString(),
                webhook.get("id").asString());
    }
}
