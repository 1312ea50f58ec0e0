package dev.tandem.command.account;

import dev.tandem.platform.web.ProblemWriter;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** 401 for any failed sign-in, the same whatever was wrong; 429 with Retry-After when throttled. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class AccountProblems {

    @ExceptionHandler(AuthenticationFailedException.class)
    ResponseEntity<ProblemDetail> authenticationFailed(AuthenticationFailedException e, HttpServletRequest request) {
        return answer(HttpStatus.UNAUTHORIZED, e.getMessage(), request, new HttpHeaders());
    }

    @ExceptionHandler(TooManyAttemptsException.class)
    ResponseEntity<ProblemDetail> tooManyAttempts(TooManyAttemptsException e, HttpServletRequest request) {
        var headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()));
        return answer(HttpStatus.TOO_MANY_REQUESTS, e.getMessage(), request, headers);
    }

    private static ResponseEntity<ProblemDetail> answer(
            HttpStatus status, String detail, HttpServletRequest request, HttpHeaders headers) {
        return ResponseEntity.status(status)
                .headers(headers)
                .body(ProblemWriter.problem(status, detail, List.of(), request.getRequestURI()));
    }
}
