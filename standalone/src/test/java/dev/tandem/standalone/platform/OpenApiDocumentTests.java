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
