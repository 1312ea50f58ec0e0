package dev.tandem.platform.web;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * An example request and answer for each operation of the document, as the HTTP tests really sent and received
 * them ({@code openapi-examples.json}, keyed "METHOD /path"): a reader of the document sees what a call looks
 * like, and a test keeps every example matching its schema.
 */
final class ApiExamples implements OpenApiCustomizer {

    static final String RESOURCE = "openapi-examples.json";

    /** One operation's example: what was sent (absent for a call without a body), the status and the answer. */
    record Example(Object request, int status, Object answer) {}

    private final Map<String, Example> examples;

    ApiExamples() {
        this(read());
    }

    ApiExamples(Map<String, Example> examples) {
        this.examples = examples;
    }

    @Override
    public void customise(io.swagger.v3.oas.models.OpenAPI api) {
        api.getPaths()
                .forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                    Example example = examples.get(method.name().toUpperCase(Locale.ROOT) + " " + path);
                    if (example != null) {
                        attach(example, operation);
                    }
                }));
    }

    private static void attach(Example example, Operation operation) {
        if (example.request() != null && operation.getRequestBody() != null) {
            jsonOf(operation.getRequestBody().getContent()).example(example.request());
        }
        ApiResponse answer = operation.getResponses() == null
                ? null
                : operation.getResponses().get(Integer.toString(example.status()));
        if (example.answer() != null && answer != null) {
            jsonOf(answer.getContent()).example(example.answer());
        }
    }

    private static MediaType jsonOf(Content content) {
        MediaType json = content == null ? null : content.get("application/json");
        return json != null ? json : new MediaType();
    }

    private static Map<String, Example> read() {
        var resource = new ClassPathResource(RESOURCE);
        if (!resource.exists()) {
            return Map.of();
        }
        try (InputStream in = resource.getInputStream()) {
            return JsonMapper.builder().build().readValue(in, new TypeReference<Map<String, Example>>() {});
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
