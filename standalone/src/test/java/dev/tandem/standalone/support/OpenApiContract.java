package dev.tandem.standalone.support;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI document the server serves, as a check of what the server answers: every answer an HTTP test gets
 * is compared with the document's schema for its operation, status and media type (a JSON Schema validator, the
 * document's own dialect), so the document cannot drift from the server. Loaded once per server.
 */
public final class OpenApiContract {

    private static final String DOCUMENT = "https://tandem.test/openapi.json";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** By server: the two sides of the split deployment each serve their own document. */
    private static final Map<String, OpenApiContract> LOADED = new ConcurrentHashMap<>();

    /** A documented operation: its method, its path template and the pattern of the paths it serves. */
    private record Operation(String method, String template, Pattern paths, int literalSegments) {}

    private final JsonNode document;
    private final SchemaRegistry schemas;
    private final List<Operation> operations = new ArrayList<>();
    private final Map<String, Schema> compiled = new ConcurrentHashMap<>();

    private OpenApiContract(String text) {
        document = JSON.readTree(text);
        schemas = SchemaRegistry.withDialect(
                Dialects.getOpenApi31(), registry -> registry.schemas(Map.of(DOCUMENT, text)));
        JsonNode paths = document.get("paths");
        for (String template : paths.propertyNames()) {
            for (String method : paths.get(template).propertyNames()) {
                operations.add(new Operation(
                        method.toUpperCase(Locale.ROOT),
                        template,
                        Pattern.compile(template.replaceAll("\\{[^}]+}", "[^/]+")),
                        (int) java.util.Arrays.stream(template.split("/"))
                                .filter(segment -> !segment.startsWith("{"))
                                .count()));
            }
        }
        // A literal path wins over a template that also matches it (/api/bookings/new before /api/bookings/{id}).
        operations.sort(Comparator.comparingInt(Operation::literalSegments).reversed());
    }

    /** The document of the server at this address, read the first time it is asked for. */
    public static OpenApiContract of(String base) {
        return LOADED.computeIfAbsent(base, server -> new OpenApiContract(fetch(server + "/v3/api-docs")));
    }

    /**
     * What does not match the document in an answer: an undocumented status, an undocumented media type, a body
     * its schema refuses. Paths the document does not have (a probe of an unknown path) are not checked.
     */
    public List<String> check(String method, String path, int status, String contentType, String body) {
        return check(method, path, null, status, contentType, body);
    }

    /**
     * As {@link #check(String, String, int, String, String)}, and a JSON request the server accepted (a 2xx
     * answer) must match the document's request schema too: what the server takes is what the document says.
     */
    public List<String> check(String method, String path, String request, int status, String contentType, String body) {
        String bare = path.replaceAll("[?#].*", "");
        var operation = operations.stream()
                .filter(candidate -> candidate.method().equals(method)
                        && candidate.paths().matcher(bare).matches())
                .findFirst();
        if (operation.isEmpty() || !bare.startsWith("/api/")) {
            return List.of();
        }
        String name = method + " " + operation.get().template();
        JsonNode responses = document.get("paths")
                .get(operation.get().template())
                .get(method.toLowerCase(Locale.ROOT))
                .get("responses");
        String statusKey = responses.has(Integer.toString(status)) ? Integer.toString(status) : "default";
        if (!responses.has(statusKey)) {
            return List.of(name + " answered " + status + ", which the document does not list");
        }
        JsonNode content = responses.get(statusKey).path("content");
        if (body == null || body.isEmpty()) {
            return List.of();
        }
        String mediaType = contentType == null ? "" : contentType.split(";")[0].strip();
        String documented = content.isMissingNode()
                ? null
                : content.propertyNames().stream()
                        .filter(type -> type.equals(mediaType) || type.equals("*/*"))
                        .findFirst()
                        .orElse(null);
        if (documented == null) {
            return List.of(name + " answered " + status + " as " + mediaType + ", which the document does not list");
        }
        if (!mediaType.endsWith("json")) {
            return List.of();
        }
        String operationPointer =
                "/paths/" + escape(operation.get().template()) + "/" + method.toLowerCase(Locale.ROOT);
        var mismatches = new ArrayList<String>(validate(
                operationPointer + "/responses/" + statusKey + "/content/" + escape(documented) + "/schema",
                body,
                name + " " + status + ":"));
        boolean accepted = status >= 200 && status < 300;
        if (accepted && request != null && !request.isEmpty()) {
            // An operation that takes no body ignores one sent anyway (a GET with a body, from the fuzzing tests),
            // and one whose body is optional takes a JSON null as no body.
            boolean optionalAndAbsent = request.strip().equals("null")
                    && !document.at(operationPointer + "/requestBody/required").asBoolean(false);
            if (!optionalAndAbsent
                    && !document.at(operationPointer + "/requestBody/content/application~1json/schema")
                            .isMissingNode()) {
                mismatches.addAll(validate(
                        operationPointer + "/requestBody/content/application~1json/schema",
                        request,
                        name + " request:"));
            }
        }
        if (accepted && mismatches.isEmpty()) {
            OpenApiExamples.record(name, request, status, body);
        }
        return mismatches;
    }

    /** What the schema at this pointer of the document refuses in this JSON text, each prefixed. */
    public List<String> validate(String pointer, String json, String prefix) {
        Schema schema =
                compiled.computeIfAbsent(pointer, key -> schemas.getSchema(SchemaLocation.of(DOCUMENT + "#" + key)));
        List<Error> errors = schema.validate(JSON.readTree(json));
        return errors.stream()
                .map(error -> prefix + " " + error.getInstanceLocation() + " " + error.getMessage())
                .toList();
    }

    /** The document itself, as the server serves it. */
    public JsonNode document() {
        return document;
    }

    private static String escape(String segment) {
        return segment.replace("~", "~0").replace("/", "~1");
    }

    private static String fetch(String url) {
        try (var http = HttpClient.newHttpClient()) {
            var answer =
                    http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
            // A server that serves no document (a bare test server) has nothing to check its answers against.
            return answer.statusCode() == 200 ? answer.body() : "{\"paths\": {}}";
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
