package dev.tandem.standalone.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/** One operation of the API (a path under /api/ and a method) as the server's OpenAPI document describes it. */
public record ApiOperation(String method, String path, JsonNode definition) {

    /** Every operation the document lists under /api/, in its order. */
    public static List<ApiOperation> allIn(JsonNode document) {
        var operations = new ArrayList<ApiOperation>();
        for (var path : document.get("paths").properties()) {
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (var method : path.getValue().properties()) {
                operations.add(
                        new ApiOperation(method.getKey().toUpperCase(Locale.ROOT), path.getKey(), method.getValue()));
            }
        }
        return operations;
    }

    public boolean takesBody() {
        return definition.has("requestBody");
    }

    /** The schema of its JSON body, or null when it takes none. */
    public JsonNode jsonBodySchema() {
        JsonNode schema = definition
                .path("requestBody")
                .path("content")
                .path("application/json")
                .path("schema");
        return schema.isMissingNode() ? null : schema;
    }

    public List<String> queryParameters() {
        var names = new ArrayList<String>();
        definition.path("parameters").forEach(parameter -> {
            if ("query".equals(parameter.path("in").asString())) {
                names.add(parameter.get("name").asString());
            }
        });
        return names;
    }
}
