package dev.tandem.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The server's JSON API over HTTP/1.1, as any client would call it. */
final class Http {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient client;
    private final String base;

    Http(int port) {
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        this.base = "http://127.0.0.1:" + port;
    }

    /** Answers the status and the parsed body; throws on a transport failure. */
    Answer call(String method, String path, Object body, String token) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        JsonNode json = response.body().length == 0 ? null : JSON.readTree(response.body());
        return new Answer(
                response.statusCode(),
                json,
                response.headers().firstValue("Retry-After").orElse(null));
    }

    Answer post(String path, Map<String, ?> body, String token) throws IOException, InterruptedException {
        return call("POST", path, body, token);
    }

    /** A customer of the admin's business, to book jobs for: its id. */
    String newCustomer(String adminToken) throws IOException, InterruptedException {
        return post(
                        "/api/admin/customers",
                        Map.of("name", "Bench customer", "address", "1 Bench Street", "lat", 48.85, "lng", 2.35),
                        adminToken)
                .expect(201)
                .body()
                .get("id")
                .asString();
    }

    /** A cleaning job booked by the admin for the customer, assigned to the provider: its id. */
    String book(String adminToken, String customerId, String providerId, Instant start, Duration length)
            throws IOException, InterruptedException {
        return post(
                        "/api/bookings",
                        Map.of(
                                "customerId",
                                customerId,
                                "service",
                                "cleaning",
                                "scheduledStart",
                                start.toString(),
                                "durationMinutes",
                                (int) length.toMinutes(),
                                "priceCents",
                                5000,
                                "providerId",
                                providerId),
                        adminToken)
                .expect(201)
                .body()
                .get("id")
                .asString();
    }

    record Answer(int status, JsonNode body, String retryAfter) {

        Answer expect(int expected) {
            if (status != expected) {
                throw new IllegalStateException("Expected " + expected + " but got " + status + ": " + body);
            }
            return this;
        }
    }
}
