package dev.tandem.standalone.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.standalone.support.HttpTests;
import dev.tandem.standalone.support.OpenApiContract;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/**
 * The OpenAPI document cannot drift from the controllers: every operation they map under {@code /api/} is in it,
 * and nothing else; each says what it answers on success and every problem it can answer, and who may call it.
 */
class OpenApiDocumentTests extends HttpTests {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyOperationTheControllersMapIsInTheDocumentAndNothingElse() {
        assertThat(documentedOperations()).isEqualTo(mappedOperations());
    }

    @Test
    void everyOperationSaysWhatItAnswersWhatCanGoWrongAndWhoMayCallIt() {
        JsonNode document = document();
        var missing = new ArrayList<String>();
        for (String path : document.get("paths").propertyNames()) {
            JsonNode item = document.get("paths").get(path);
            for (String method : item.propertyNames()) {
                if (!METHODS.contains(method)) {
                    continue;
                }
                JsonNode operation = item.get(method);
                String name = method.toUpperCase(Locale.ROOT) + " " + path;
                JsonNode responses = operation.get("responses");
                boolean answers = responses.propertyNames().stream()
                        .anyMatch(status -> status.startsWith("2")
                                && (status.equals("204") || status.equals("202") || hasSchema(responses.get(status))));
                if (!answers) {
                    missing.add(name + ": no success answer with a schema");
                }
                if (!path.startsWith("/api/auth/") && !responses.has("401")) {
                    missing.add(name + ": no 401");
                }
                for (String status : responses.propertyNames()) {
                    if (status.startsWith("4") || status.startsWith("5")) {
                        String schema = responses
                                .get(status)
                                .path("content")
                                .path("application/problem+json")
                                .path("schema")
                                .path("$ref")
                                .asString("");
                        if (!schema.equals("#/components/schemas/Problem")) {
                            missing.add(name + ": " + status + " is not a problem");
                        }
                    }
                }
                boolean secured = operation.has("security") || document.has("security");
                if (!secured) {
                    missing.add(name + ": no security");
                }
            }
        }
        assertThat(missing).isEmpty();
        assertThat(document.get("components").get("securitySchemes").propertyNames())
                .contains("bearer", "operator");
    }

    /**
     * The document names a body's schema after its class, so two bodies with one simple name would share one
     * schema, and one of them would be documented wrong.
     */
    @Test
    void noTwoBodiesShareASchemaName() {
        var classesByName = new java.util.TreeMap<String, Set<Class<?>>>();
        mappings.getHandlerMethods().values().forEach(handler -> {
            var bodies = new ArrayList<Class<?>>();
            for (var parameter : handler.getMethodParameters()) {
                if (parameter.hasParameterAnnotation(org.springframework.web.bind.annotation.RequestBody.class)) {
                    bodies.add(parameter.getParameterType());
                }
            }
            var answer = org.springframework.core.ResolvableType.forMethodReturnType(handler.getMethod());
            bodies.add(
                    answer.toClass() == org.springframework.http.ResponseEntity.class
                            ? answer.getGeneric(0).toClass()
                            : answer.toClass());
            bodies.stream()
                    .filter(type -> type.getPackageName().startsWith("dev.tandem"))
                    .forEach(type -> classesByName
                            .computeIfAbsent(type.getSimpleName(), name -> new java.util.HashSet<>())
                            .add(type));
        });
        classesByName.values().removeIf(classes -> classes.size() == 1);
        assertThat(classesByName).isEmpty();
    }

    /**
     * Each operation that takes or answers JSON shows an example of both, taken from what the tests really sent
     * and received, and every example still matches its schema.
     */
    @Test
    void everyOperationHasAnExampleThatMatchesItsSchema() {
        var contract = OpenApiContract.of("http://localhost:" + port);
        JsonNode paths = contract.document().get("paths");
        var wrong = new ArrayList<String>();
        for (String path : paths.propertyNames()) {
            for (String method : paths.get(path).propertyNames()) {
                if (!METHODS.contains(method)) {
                    continue;
                }
                String name = method.toUpperCase(Locale.ROOT) + " " + path;
                String operation = "/paths/" + path.replace("~", "~0").replace("/", "~1") + "/" + method;
                JsonNode request = contract.document().at(operation + "/requestBody/content/application~1json");
                if (!request.isMissingNode()) {
                    wrong.addAll(exampleOf(contract, name + " request", operation + "/requestBody", request));
                }
                JsonNode responses = paths.get(path).get(method).get("responses");
                for (String status : responses.propertyNames()) {
                    JsonNode answer = responses.get(status).path("content").path("application/json");
                    if (status.startsWith("2") && answer.has("schema")) {
                        wrong.addAll(
                                exampleOf(contract, name + " " + status, operation + "/responses/" + status, answer));
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    private static List<String> exampleOf(OpenApiContract contract, String name, String pointer, JsonNode json) {
        if (!json.has("example")) {
            return List.of(name + ": no example");
        }
        return contract.validate(
                pointer + "/content/application~1json/schema",
                json.get("example").toString(),
                name + " example:");
    }

    /** The check every HTTP test's answers go through is not one that passes anything. */
    @Test
    void anAnswerThatDoesNotMatchTheDocumentIsCaught() {
        var admin = api.signUp();
        var business = api.get("/api/admin/business").as(admin).send();
        var contract = OpenApiContract.of("http://localhost:" + port);

        assertThat(contract.check("GET", "/api/admin/business", 200, "application/json", business.text()))
                .isEmpty();
        assertThat(contract.check("GET", "/api/admin/business", 200, "application/json", "{\"version\": \"two\"}"))
                .as("a number written as text")
                .isNotEmpty();
        assertThat(contract.check("GET", "/api/admin/business", 418, "application/json", "{}"))
                .containsExactly("GET /api/admin/business answered 418, which the document does not list");
        assertThat(contract.check("GET", "/api/admin/business", 200, "text/html", "<p>hi</p>"))
                .containsExactly("GET /api/admin/business answered 200 as text/html, which the document does not list");
    }

    private static boolean hasSchema(JsonNode response) {
        JsonNode content = response.path("content");
        return !content.isMissingNode()
                && content.propertyNames().stream()
                        .anyMatch(type -> content.get(type).has("schema"));
    }

    private JsonNode document() {
        var answer = api.get("/v3/api-docs").send();
        assertThat(answer.status()).isEqualTo(200);
        return answer.body();
    }

    private Set<String> documentedOperations() {
        JsonNode paths = document().get("paths");
        var operations = new TreeSet<String>();
        for (String path : paths.propertyNames()) {
            for (String method : paths.get(path).propertyNames()) {
                if (METHODS.contains(method)) {
                    operations.add(method.toUpperCase(Locale.ROOT) + " " + path);
                }
            }
        }
        return operations;
    }

    private Set<String> mappedOperations() {
        var operations = new TreeSet<String>();
        for (RequestMappingInfo mapping : mappings.getHandlerMethods().keySet()) {
            List<String> patterns = mapping.getPathPatternsCondition() == null
                    ? List.of()
                    : new ArrayList<>(mapping.getPathPatternsCondition().getPatternValues());
            for (String pattern : patterns) {
                if (!pattern.startsWith("/api/") && !pattern.startsWith("/ical/")) {
                    continue;
                }
                mapping.getMethodsCondition()
                        .getMethods()
                        .forEach(method -> operations.add(method.name() + " " + pattern));
            }
        }
        return operations;
    }
}
