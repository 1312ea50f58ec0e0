package dev.tandem.query.dashboard;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.ui.Model;

/**
 * Hours or time off refused for the jobs they would leave uncovered can be sent again as they were, giving those
 * jobs back ({@code releaseJobs}): the page offers that with what was sent, as one more form.
 */
final class JobsRelease {

    private static final String ASKED = "releaseJobs";

    private JobsRelease() {}

    /** Whether the form was sent again to give the jobs back. */
    static boolean asked(HttpServletRequest request) {
        return "true".equals(request.getParameter(ASKED));
    }

    /** The body sent to the API, with the jobs given back when that was asked. */
    static Map<String, Object> body(Map<String, Object> body, HttpServletRequest request) {
        var sent = new LinkedHashMap<>(body);
        if (asked(request)) {
            sent.put(ASKED, true);
        }
        return sent;
    }

    /** Offers to send the refused form again giving the jobs back, when it was refused for jobs. */
    static void offer(ApiProblem refused, HttpServletRequest request, Model model) {
        if (refused.status() != 409 || refused.body().path("jobs").isEmpty()) {
            return;
        }
        var fields = new LinkedHashMap<String, String>();
        request.getParameterMap().forEach((name, values) -> {
            if (!name.equals("_csrf") && !name.equals(ASKED) && values.length > 0) {
                fields.put(name, values[0]);
            }
        });
        model.addAttribute("resendAction", request.getRequestURI());
        model.addAttribute("resendFields", fields);
    }
}
