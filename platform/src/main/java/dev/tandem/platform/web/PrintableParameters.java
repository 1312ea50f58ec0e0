package dev.tandem.platform.web;

import dev.tandem.api.errors.InvalidInputException;
import dev.tandem.api.errors.TextInput;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses a request whose parameters (the query string, a form's fields) hold a control character or half a
 * surrogate pair, as bodies are refused ({@code PrintableTextModule}): PostgreSQL cannot compare text with
 * a NUL, and a search for one would fail on our side instead of the caller's. Runs once the caller is
 * known, so an unauthenticated request learns nothing from it.
 */
class PrintableParameters implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            String name = parameter.getKey();
            if (!TextInput.isPrintable(name)) {
                throw new InvalidInputException("query", TextInput.UNPRINTABLE);
            }
            for (String value : parameter.getValue()) {
                TextInput.printable(name, value);
            }
        }
        return true;
    }
}
