package dev.tandem.query.dashboard;

import dev.tandem.api.business.BusinessView;
import dev.tandem.api.business.FindBusinessQuery;
import dev.tandem.platform.security.Caller;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every signed-in page shows around its content: who is signed in, the business, its money and time. */
@ControllerAdvice(basePackageClasses = PageContext.class)
class PageContext {

    private final QueryGateway queries;

    PageContext(QueryGateway queries) {
        this.queries = queries;
    }

    @ModelAttribute
    void signedIn(Model model, HttpServletRequest request, Locale locale) {
        Caller.current().ifPresent(caller -> {
            BusinessView business = queries.query(
                            new FindBusinessQuery(caller.businessId()), ResponseTypes.instanceOf(BusinessView.class))
                    .join();
            model.addAttribute("caller", caller);
            model.addAttribute("business", business);
            model.addAttribute("here", Locality.of(business, locale));
        });
        model.addAttribute("htmx", "true".equals(request.getHeader("HX-Request")));
        model.addAttribute("path", request.getRequestURI());
    }
}
