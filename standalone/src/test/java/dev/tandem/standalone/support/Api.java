package dev.tandem.standalone.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A real HTTP client for the API under test, with the few flows most tests start from. */
public final class Api {

    public static final String PASSWORD = "correct horse battery";

    private static final JsonMapper json = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    public Api(int port) {
        this.base = "http://localhost:" + port;
    }

    public Request get(String path) {
        return new Request("GET", path);
    }

    public Request post(String path) {
        return new Request("POST", path);
    }

    public Request put(String path) {
        return new Request("PUT", path);
    }

    public Request patch(String path) {
        return new Request("PATCH", path);
    }

    public Request delete(String path) {
        return new Request("DELETE", path);
    }

    /** Signs up a new business with a fresh admin; each test works in its own tenant this way. */
    public Session signUp() {
        String email = "admin-" + UUID.randomUUID() + "@example.com";
        var response = post("/api/auth/signup")
                .json(Map.of(
                        "businessName",
                        "Test Co " + email.substring(6, 14),
                        "timeZone",
                        "Europe/Paris",
                        "currency",
                        "EUR",
                        "name",
                        "Test Admin",
                        "email",
                        email,
                        "password",
                        PASSWORD))
                .send();
        if (response.status() != 201) {
            throw new IllegalStateException("Sign-up failed: " + response.text());
        }
        return Session.of(response.body(), email);
    }

    public static String toJson(Object value) {
        return json.writeValueAsString(value);
    }

    /** A signed-in user as the API answered it. */
    public record Session(String token, String refreshToken, String userId, String businessId, String email) {

        public static Session of(JsonNode body, String email) {
            return new Session(
                    body.get("token").asString(),
                    body.get("refreshToken").asString(),
                    body.get("user").get("id").asString(),
                    body.get("user").get("businessId").asString(),
                    email);
        }
    }

    public final class Request {

        private final String method;
        private final String path;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private String body = "";

        private Request(String method, String path) {
            this.method = method;
            this.path = path;
        }

        public Request bearer(String token) {
            return header("Authorization", "Bearer " + token);
        }

        /** The operator's HTTP Basic login (the test profile's). */
        public Request asOperator() {
            return basic("operator", "operator-test-password");
        }

        public Request basic(String user, String password) {
            return header(
                    "Authorization",
                    "Basic "
                            + java.util.Base64.getEncoder()
                                    .encodeToString(
                                            (user + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }

        public Request as(Session session) {
            return bearer(session.token());
        }

        public Request header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        public Request json(Object value) {
            return body(value instanceof String text ? text : toJson(value), "application/json");
        }

        public Request body(String text, String contentType) {
            this.body = text;
            return header("Content-Type", contentType);
        }

        /** Every answer is checked against the OpenAPI document the server serves ({@link OpenApiContract}). */
        private void conformsToTheDocument(Response answer) {
            List<String> mismatches = OpenApiContract.of(base)
                    .check(method, path, jsonRequest(), answer.status(), answer.contentType(), answer.text());
            if (!mismatches.isEmpty()) {
                throw new AssertionError(
                        "The answer does not match the OpenAPI document:\n" + String.join("\n", mismatches));
            }
        }

        private String jsonRequest() {
            String type = headers.getOrDefault("Content-Type", "");
            return type.startsWith("application/json") ? body : null;
        }

        public Response send() {
            var request = HttpRequest.newBuilder(URI.create(base + path))
                    .method(
                            method,
                            body.isEmpty()
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofString(body));
            headers.forEach(request::header);
            try {
                var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                var answer = new Response(response.statusCode(), response.headers(), response.body());
                conformsToTheDocument(answer);
                return answer;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** An answer: status, headers and the body, parsed when it is JSON. */
    public record Response(int status, java.net.http.HttpHeaders headers, String text) {

        public JsonNode body() {
            return text.isEmpty() ? json.nullNode() : json.readTree(text);
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        public String contentType() {
            return header("Content-Type");
        }
    }
}
