package dev.tandem.platform.web;

import dev.tandem.platform.security.Caller;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document ({@code /v3/api-docs}): the bearer token every business endpoint takes and the
 * operator's Basic login. The caller and its {@code If-Match} header reach the controllers as parameters, but
 * they come from the token and the header, so the document does not list them as query parameters.
 */
@Configuration(proxyBeanMethods = false)
public class ApiDocumentation {

    static final String BEARER = "bearer";
    static final String OPERATOR = "operator";
    static final String PROBLEM = "Problem";

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class, IfMatch.class);
    }

    @Bean
    OpenAPI tandemApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Tandem API")
                        .description("Admins and providers of service businesses, in step. The contract in words: "
                                + "docs/api.md in the repository."))
                .components(new Components()
                        .addSecuritySchemes(
                                BEARER,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .bearerFormat("JWT"))
                        .addSecuritySchemes(
                                OPERATOR,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    /** An example request and answer of each operation, as the HTTP tests sent and received them. */
    @Bean
    OpenApiCustomizer examplesOfEachOperation() {
        return new ApiExamples();
    }

    /** Signing in needs no token; the operator's endpoints take the operator's login instead of one. */
    @Bean
    OpenApiCustomizer securityOfEachPath() {
        return api -> api.getPaths()
                .forEach((path, item) -> item.readOperations().forEach(operation -> {
                    if (path.startsWith("/api/auth/")) {
                        operation.setSecurity(List.of());
                    } else if (path.startsWith("/api/operator/")) {
                        operation.setSecurity(List.of(new SecurityRequirement().addList(OPERATOR)));
                    }
                }));
    }

    /**
     * Every problem answer an operation can give, in the order the checks run (docs/api.md, Conventions): each an
     * RFC 9457 problem, {@link #PROBLEM}.
     */
    @Bean
    OpenApiCustomizer problemAnswersOfEachOperation() {
        return api -> {
            api.getComponents().addSchemas(PROBLEM, problemSchema());
            api.getPaths()
                    .forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                        ApiResponses responses = operation.getResponses();
                        ProblemAnswers.of(path, method.name())
                                .forEach((status, description) ->
                                        responses.addApiResponse(status, problem(description)));
                    }));
        };
    }

    /**
     * A field the document does not mark required may be null in an answer (the API writes absent values as
     * null), so such properties of the components admit null beside their type.
     */
    @Bean
    OpenApiCustomizer optionalPropertiesMayBeNull() {
        return api -> api.getComponents().getSchemas().values().forEach(ApiDocumentation::nullableUnlessRequired);
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void nullableUnlessRequired(Schema schema) {
        Map<String, Schema> properties = schema.getProperties();
        if (properties == null) {
            return;
        }
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        properties.replaceAll((name, property) -> required.contains(name) ? property : nullable(property));
    }

    @SuppressWarnings("rawtypes")
    private static Schema nullable(Schema property) {
        if (property.get$ref() != null) {
            return new Schema<>()
                    .anyOf(List.of(new Schema<>().$ref(property.get$ref()), new Schema<>().types(Set.of("null"))));
        }
        Set<String> types = property.getTypes() != null
                ? new LinkedHashSet<String>(property.getTypes())
                : property.getType() != null ? new LinkedHashSet<>(List.of(property.getType())) : null;
        if (types != null) {
            types.add("null");
            property.setTypes(types);
        }
        return property;
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse()
                .description(description)
                .content(new Content()
                        .addMediaType(
                                "application/problem+json",
                                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
    }

    @SuppressWarnings("rawtypes")
    private static Schema problemSchema() {
        var fieldError = new ObjectSchema()
                .addProperty("field", new StringSchema().description("the field, as the request names it"))
                .addProperty("message", new StringSchema().description("what is wrong with it, in words"));
        return new ObjectSchema()
                .description("An RFC 9457 problem: what went wrong, and for invalid input each field with its reason.")
                .addProperty("type", new StringSchema().example("about:blank"))
                .addProperty("title", new StringSchema().example("Bad Request"))
                .addProperty("status", new IntegerSchema().example(400))
                .addProperty("detail", new StringSchema().example("The request is invalid."))
                .addProperty("instance", new StringSchema().example("/api/bookings"))
                .addProperty("errors", new ArraySchema().items(fieldError))
                .required(List.of("title", "status"));
    }
}
