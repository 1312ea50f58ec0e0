package dev.tandem.platform.web;

import dev.tandem.api.errors.InvalidInputException;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Reads {@code If-Match} into an {@link IfMatch} parameter; the one place that parses it. */
class IfMatchArgumentResolver implements HandlerMethodArgumentResolver {

    private static final Pattern ENTITY_TAG = Pattern.compile("(?:W/)?\"?(\\d{1,18})\"?");

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == IfMatch.class;
    }

    @Override
    public IfMatch resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer mavContainer,
            NativeWebRequest request,
            WebDataBinderFactory binderFactory) {
        String header = request.getHeader(HttpHeaders.IF_MATCH);
        if (header == null || header.isBlank()) {
            return new IfMatch(Optional.empty());
        }
        var matcher = ENTITY_TAG.matcher(header.strip());
        if (!matcher.matches()) {
            throw new InvalidInputException("If-Match", "must be the quoted version, e.g. \"3\"");
        }
        request.setAttribute(IfMatch.PRESENT, true, RequestAttributes.SCOPE_REQUEST);
        return new IfMatch(Optional.of(Long.parseLong(matcher.group(1))));
    }
}
