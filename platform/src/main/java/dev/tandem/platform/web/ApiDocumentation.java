package dev.tandem.platform.web;

import dev.tandem.platform.security.Caller;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;
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
}
