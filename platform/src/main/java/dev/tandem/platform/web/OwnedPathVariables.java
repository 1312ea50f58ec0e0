package dev.tandem.platform.web;

import dev.tandem.platform.security.Caller;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Checks every {@link Owned} path variable of the handler before Spring MVC reads the body: ownership (404)
 * comes before content type, size and validation (415, 413, 400). Authentication and role have been checked
 * by then by the security filters.
 */
class OwnedPathVariables implements HandlerInterceptor {

    private final BeanFactory beans;
    private final Map<Method, List<OwnedVariable>> ownedByHandler = new ConcurrentHashMap<>();

    OwnedPathVariables(BeanFactory beans) {
        this.beans = beans;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        List<OwnedVariable> owned = ownedByHandler.computeIfAbsent(method.getMethod(), ignored -> ownedIn(method));
        if (owned.isEmpty()) {
            return true;
        }
        Optional<Caller> caller = Caller.current();
        if (caller.isEmpty()) {
            return true;
        }
        @SuppressWarnings("unchecked")
        var variables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        for (OwnedVariable variable : owned) {
            // A value that is no id is left to Spring MVC, which answers 400 naming the parameter.
            idIn(variables, variable.name())
                    .ifPresent(id -> beans.getBean(variable.check()).requireVisibleTo(caller.get(), id));
        }
        return true;
    }

    private static List<OwnedVariable> ownedIn(HandlerMethod method) {
        return Arrays.stream(method.getMethodParameters())
                .filter(parameter -> parameter.hasParameterAnnotation(Owned.class))
                .map(parameter -> new OwnedVariable(
                        nameOf(parameter),
                        parameter.getParameterAnnotation(Owned.class).value()))
                .toList();
    }

    private static String nameOf(MethodParameter parameter) {
        PathVariable variable = parameter.getParameterAnnotation(PathVariable.class);
        if (variable != null && !variable.name().isEmpty()) {
            return variable.name();
        }
        if (variable != null && !variable.value().isEmpty()) {
            return variable.value();
        }
        parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
        return parameter.getParameterName();
    }

    private static Optional<UUID> idIn(Map<String, String> variables, String name) {
        String value = variables == null ? null : variables.get(name);
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    private record OwnedVariable(String name, Class<? extends OwnershipCheck> check) {}
}
