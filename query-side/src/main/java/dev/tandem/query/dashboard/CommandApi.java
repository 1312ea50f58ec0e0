package dev.tandem.query.dashboard;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The pages' writes, sent to the same HTTP API as every other client's: the same validation, idempotency,
 * slot checks and read-your-writes wait, and no second implementation of any of them.
 */
@Component
class CommandApi {

    private final RestClient.Builder builder;
    private final DashboardProperties properties;
    private final Environment environment;
    private final JsonMapper json;
    private volatile RestClient http;

    CommandApi(RestClient.Builder builder, DashboardProperties properties, Environment environment, JsonMapper json) {
        this.builder = builder;
        this.properties = properties;
        this.environment = environment;
        this.json = json;
    }

    /** Sends a write as the signed-in user; answers the API's JSON or throws {@link ApiProblem}. */
    JsonNode send(HttpMethod method, String path, String token, Object body) {
        return exchange(method, path, token, body, null);
    }

    /** A call without a token (sign-in, sign-up, refresh), for the browser at {@code clientAddress}. */
    JsonNode anonymous(String path, Object body, String clientAddress) {
        return exchange(HttpMethod.POST, path, null, body, clientAddress);
    }

    private JsonNode exchange(HttpMethod method, String path, String token, Object body, String clientAddress) {
        var request = client().method(method).uri(path).accept(MediaType.APPLICATION_JSON);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (clientAddress != null) {
            // Login throttling counts per client address: the browser's, not this server's.
            request.header("X-Forwarded-For", clientAddress);
        }
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).body(json.writeValueAsString(body));
        }
        return request.exchange((req, response) -> {
            byte[] bytes = response.getBody().readAllBytes();
            JsonNode answer = bytes.length == 0 ? json.nullNode() : json.readTree(bytes);
            int status = response.getStatusCode().value();
            if (status >= 400) {
                throw problem(status, answer);
            }
            return answer;
        });
    }

    private static ApiProblem problem(int status, JsonNode answer) {
        Map<String, String> fields = new LinkedHashMap<>();
        JsonNode errors = answer.path("errors");
        if (errors.isArray()) {
            for (JsonNode error : errors) {
                fields.putIfAbsent(
                        error.path("field").asString(""),
                        sentence(error.path("message").asString("")));
            }
        }
        String detail = answer.path("detail").asString("");
        if (detail.isBlank()) {
            detail = answer.path("title").asString("The request was refused (" + status + ").");
        }
        return new ApiProblem(status, detail, fields, answer);
    }

    /**
     * The API states a field's rule as a clause ("must be at least 10 characters"); next to the field, a page
     * shows it as a sentence ("Must be at least 10 characters.").
     */
    static String sentence(String rule) {
        if (rule.isBlank()) {
            return rule;
        }
        String text = Character.toUpperCase(rule.charAt(0)) + rule.substring(1);
        return text.endsWith(".") ? text : text + ".";
    }

    private RestClient client() {
        if (http == null) {
            String base = properties.apiUrl();
            if (base == null || base.isBlank()) {
                base = "http://127.0.0.1:" + environment.getRequiredProperty("local.server.port");
            }
            http = builder.clone().baseUrl(base).build();
        }
        return http;
    }
}
