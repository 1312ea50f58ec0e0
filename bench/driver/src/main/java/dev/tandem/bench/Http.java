package dev.tandem.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
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

    record Answer(int status, JsonNode body, String retryAfter) {

        Answer expect(int expected) {
            if (status != expected) {
                throw new IllegalStateException("Expected " + expected + " but got " + status + ": " + body);
            }
            return this;
        }
    }
}
