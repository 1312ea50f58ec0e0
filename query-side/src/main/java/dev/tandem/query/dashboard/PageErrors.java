package dev.tandem.query.dashboard;

import dev.tandem.api.errors.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.concurrent.CompletionException;
import org.axonframework.queryhandling.QueryExecutionException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** A page that fails shows a page, not an API problem: not found (or not yours) and refused writes. */
@ControllerAdvice(basePackageClasses = PageErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {

    @ExceptionHandler({CompletionException.class, QueryExecutionException.class})
    String wrapped(RuntimeException e, HttpServletResponse response, Model model) {
        if (e.getCause() instanceof NotFoundException
                || e.getCause() instanceof QueryExecutionException inner
                        && inner.getCause() instanceof NotFoundException) {
            return notFound(response);
        }
        throw e;
    }

    @ExceptionHandler(NotFoundException.class)
    String notFound(HttpServletResponse response) {
        response.setStatus(404);
        return "error/404";
    }

    @ExceptionHandler(ApiProblem.class)
    String refused(ApiProblem problem, HttpServletResponse response, Model model) {
        if (problem.status() == 404) {
            return notFound(response);
        }
        response.setStatus(problem.status());
        model.addAttribute("message", problem.getMessage());
        return "error/refused";
    }
}
