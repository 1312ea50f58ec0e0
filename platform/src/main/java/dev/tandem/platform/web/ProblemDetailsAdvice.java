package dev.tandem.platform.web;

import dev.tandem.api.errors.ConflictException;
import dev.tandem.api.errors.InvalidInputException;
import dev.tandem.api.errors.NotFoundException;
import dev.tandem.platform.faults.TransientFaults;
import dev.tandem.platform.json.FieldRuleException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.queryhandling.NoHandlerForQueryException;
import org.axonframework.queryhandling.QueryExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns every failure into an RFC 9457 problem with an {@code errors} list, and never lets a stack trace,
 * a class name or SQL reach the caller.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE - 1)
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);
    private static final String DATABASE_RETRY_AFTER_SECONDS = "5";

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e, HttpServletRequest request) {
        return problem(HttpStatus.NOT_FOUND, e.getMessage(), List.of(), request);
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail aggregateNotFound(AggregateNotFoundException e, HttpServletRequest request) {
        return problem(HttpStatus.NOT_FOUND, "Not found.", List.of(), request);
    }

    /** An id of another kind of aggregate (a booking's id where a provider's is expected) names nothing. */
    @ExceptionHandler(IncompatibleAggregateException.class)
    ProblemDetail otherKindOfAggregate(IncompatibleAggregateException e, HttpServletRequest request) {
        return problem(HttpStatus.NOT_FOUND, "Not found.", List.of(), request);
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e, HttpServletRequest request) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, e.getMessage(), List.of(), request);
        e.details().forEach(problem::setProperty);
        return problem;
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalidInput(InvalidInputException e, HttpServletRequest request) {
        return problem(
                HttpStatus.BAD_REQUEST,
                "The request is invalid.",
                List.of(new FieldError(e.field(), e.getMessage())),
                request);
    }

    /** A stale version: 412 when the caller sent If-Match, 409 when it sent expectedVersion. */
    @ExceptionHandler(ConflictingAggregateVersionException.class)
    ProblemDetail staleVersion(ConflictingAggregateVersionException e, HttpServletRequest request) {
        boolean precondition = request.getAttribute(IfMatch.PRESENT) != null;
        String detail = "The resource is at version " + e.getActualVersion() + ", not " + e.getExpectedVersion()
                + ". Read it again and retry.";
        return problem(precondition ? HttpStatus.PRECONDITION_FAILED : HttpStatus.CONFLICT, detail, List.of(), request);
    }

    /** Two writes to one aggregate at the same moment: the later one lost the race and changed nothing. */
    @ExceptionHandler(ConcurrencyException.class)
    ProblemDetail concurrentChange(ConcurrencyException e, HttpServletRequest request) {
        return problem(
                HttpStatus.CONFLICT,
                "Someone else changed this at the same moment. Read it again and retry.",
                List.of(),
                request);
    }

    /**
     * Failures that crossed a bus (a distributed command bus, an asynchronous query) arrive wrapped;
     * answer as for the original.
     */
    @ExceptionHandler({CommandExecutionException.class, QueryExecutionException.class, CompletionException.class})
    ProblemDetail wrappedFailure(Exception e, HttpServletRequest request, HttpServletResponse response) {
        return switch (e.getCause()) {
            case NotFoundException notFound -> notFound(notFound, request);
            case ConflictException conflict -> conflict(conflict, request);
            case InvalidInputException invalid -> invalidInput(invalid, request);
            case AggregateNotFoundException missing -> aggregateNotFound(missing, request);
            case IncompatibleAggregateException otherKind -> otherKindOfAggregate(otherKind, request);
            case ConflictingAggregateVersionException stale -> staleVersion(stale, request);
            case ConcurrencyException concurrent -> concurrentChange(concurrent, request);
            case NoHandlerForQueryException unanswered -> unavailableHere(unanswered, request);
            case CommandExecutionException inner -> wrappedFailure(inner, request, response);
            case QueryExecutionException inner -> wrappedFailure(inner, request, response);
            case null, default -> unexpected(e, request, response);
        };
    }

    /**
     * Nothing here answers the query: the side that does cannot be reached from this process (the command side
     * on its own, without Axon Server, asking for the query side's ranking).
     */
    @ExceptionHandler(NoHandlerForQueryException.class)
    ProblemDetail unavailableHere(NoHandlerForQueryException e, HttpServletRequest request) {
        log.warn(
                "No handler here for a query of {} {}: {}",
                request.getMethod(),
                request.getRequestURI(),
                e.getMessage());
        return problem(
                HttpStatus.SERVICE_UNAVAILABLE,
                "This is not available from this server: the part of Tandem that answers it cannot be reached.",
                List.of(),
                request);
    }

    /**
     * A failure of the database rather than of the request (gone, busy, a lock or statement that waited too
     * long) is 503: the transaction rolled back, so nothing changed and the request may be sent again.
     */
    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e, HttpServletRequest request, HttpServletResponse response) {
        if (TransientFaults.isTransient(e)) {
            log.warn("Database unavailable for {} {}: {}", request.getMethod(), request.getRequestURI(), e.toString());
            response.setHeader(HttpHeaders.RETRY_AFTER, DATABASE_RETRY_AFTER_SECONDS);
            return problem(
                    HttpStatus.SERVICE_UNAVAILABLE,
                    "The database is unavailable or busy; nothing was changed. Try again in a moment.",
                    List.of(),
                    request);
        }
        log.error("Unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side.", List.of(), request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldError(error.getField(), error.getDefaultMessage()))
                .toList();
        return badRequest(errors, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var errors = e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new FieldError(
                                result.getMethodParameter().getParameterName(), error.getDefaultMessage())))
                .toList();
        return badRequest(errors, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (causedByOversizedBody(e)) {
            return entity(HttpStatus.CONTENT_TOO_LARGE, "The request body is too large.", List.of(), request);
        }
        return badRequest(List.of(fieldErrorOf(e)), request);
    }

    /** Spring's own detail names its static resource handling; the caller needs only to know nothing is here. */
    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(
            NoResourceFoundException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return entity(HttpStatus.NOT_FOUND, "Nothing is served at this address.", List.of(), request);
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(
            Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (body instanceof ProblemDetail problem && problem.getProperties() == null) {
            problem.setProperty("errors", List.of());
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    /** What the value should have been, in the words of the contract (docs/api.md, Conventions). */
    private static String ruleBrokenBy(DatabindException mapping) {
        if (mapping instanceof FieldRuleException broken) {
            return broken.rule();
        }
        Class<?> expected = mapping instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        if (expected == null) {
            return "has a value of the wrong type or format";
        }
        if (expected == Integer.class || expected == int.class || expected == Long.class || expected == long.class) {
            return "must be a whole number";
        }
        if (expected == Double.class || expected == double.class) {
            return "must be a number";
        }
        if (expected == Boolean.class || expected == boolean.class) {
            return "must be true or false";
        }
        if (expected == String.class) {
            return "must be text";
        }
        if (expected == UUID.class) {
            return "must be an id (a UUID)";
        }
        if (expected.isEnum()) {
            return "must be one of " + Arrays.toString(expected.getEnumConstants());
        }
        return "has a value of the wrong type or format";
    }

    private static FieldError fieldErrorOf(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof UnrecognizedPropertyException unknown) {
            return new FieldError(unknown.getPropertyName(), "is not a field of this request");
        }
        if (e.getCause() instanceof DatabindException mapping
                && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(reference -> reference.getPropertyName() != null
                            ? reference.getPropertyName()
                            : "[" + reference.getIndex() + "]")
                    .collect(Collectors.joining("."))
                    .replace(".[", "[");
            return new FieldError(field, ruleBrokenBy(mapping));
        }
        return new FieldError("body", "is not valid JSON");
    }

    private static boolean causedByOversizedBody(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodySizeLimitFilter.PayloadTooLargeException) {
                return true;
            }
        }
        return false;
    }

    private ResponseEntity<Object> badRequest(List<FieldError> errors, WebRequest request) {
        return entity(HttpStatus.BAD_REQUEST, "The request is invalid.", errors, request);
    }

    private static ResponseEntity<Object> entity(
            HttpStatus status, String detail, List<FieldError> errors, WebRequest request) {
        return ResponseEntity.status(status).body(ProblemWriter.problem(status, detail, errors, pathOf(request)));
    }

    private static ProblemDetail problem(
            HttpStatus status, String detail, List<FieldError> errors, HttpServletRequest request) {
        return ProblemWriter.problem(status, detail, errors, request.getRequestURI());
    }

    private static String pathOf(WebRequest request) {
        Object uri = request.getAttribute("jakarta.servlet.forward.request_uri", RequestAttributes.SCOPE_REQUEST);
        return uri != null ? uri.toString() : request.getDescription(false).replaceFirst("^uri=", "");
    }
}
