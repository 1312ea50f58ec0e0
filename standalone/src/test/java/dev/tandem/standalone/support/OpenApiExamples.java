package dev.tandem.standalone.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Collects the OpenAPI document's examples from what the HTTP tests really send and get back: run the suite with
 * {@code -Dtandem.openapi.record-examples=platform/src/main/resources/openapi-examples.json} and the first
 * accepted request and answer of each operation the file does not have yet are added to it when the tests end
 * (lists cut to two entries). The document serves them ({@code ApiExamples}); {@code OpenApiDocumentTests} checks
 * every operation has one and that each still matches its schema. Without the property nothing is recorded.
 */
final class OpenApiExamples {

    private static final String TARGET = System.getProperty("tandem.openapi.record-examples", "");
    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final Map<String, ObjectNode> RECORDED = new ConcurrentHashMap<>();

    static {
        if (!TARGET.isEmpty()) {
            Runtime.getRuntime().addShutdownHook(new Thread(OpenApiExamples::write, "openapi-examples"));
        }
    }

    private OpenApiExamples() {}

    static void record(String operation, String request, int status, String answer) {
        if (TARGET.isEmpty()) {
            return;
        }
        RECORDED.computeIfAbsent(operation, key -> {
            ObjectNode example = JSON.createObjectNode();
            if (request != null && !request.isEmpty()) {
                example.set("request", shortened(JSON.readTree(request)));
            }
            example.put("status", status);
            if (answer != null && !answer.isEmpty() && answer.strip().matches("(?s)^[\\[{].*")) {
                example.set("answer", shortened(JSON.readTree(answer)));
            }
            return example;
        });
    }

    private static JsonNode shortened(JsonNode node) {
        if (node instanceof ArrayNode list) {
            ArrayNode cut = JSON.createArrayNode();
            for (int i = 0; i < Math.min(2, list.size()); i++) {
                cut.add(shortened(list.get(i)));
            }
            return cut;
        }
        if (node instanceof ObjectNode object) {
            ObjectNode copy = JSON.createObjectNode();
            object.propertyNames().forEach(name -> copy.set(name, shortened(object.get(name))));
            return copy;
        }
        return node;
    }

    private static void write() {
        Path file = Path.of(TARGET);
        try {
            var all = new TreeMap<String, JsonNode>();
            if (Files.exists(file)) {
                JsonNode kept = JSON.readTree(Files.readString(file));
                kept.propertyNames().forEach(name -> all.put(name, kept.get(name)));
            }
            RECORDED.forEach(all::putIfAbsent);
            Files.writeString(file, JSON.writeValueAsString(all) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
