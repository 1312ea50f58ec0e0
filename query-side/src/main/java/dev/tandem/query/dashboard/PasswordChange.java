package dev.tandem.query.dashboard;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * A signed-in user's new password from a page's form (current, new, new again). The API ends every other
 * session and answers this one's new tokens, which replace the browser's cookies.
 */
@Component
class PasswordChange {

    private final CommandApi api;

    PasswordChange(CommandApi api) {
        this.api = api;
    }

    /** What is wrong with the form, by field; empty when the password was changed. */
    Map<String, String> change(Map<String, String> form, HttpServletRequest request, HttpServletResponse response) {
        var errors = new LinkedHashMap<String, String>();
        String current = form.getOrDefault("currentPassword", "");
        String chosen = form.getOrDefault("newPassword", "");
        if (current.isEmpty()) {
            errors.put("currentPassword", "Enter the password you sign in with now.");
        }
        if (!chosen.equals(form.getOrDefault("repeatPassword", ""))) {
            errors.put("repeatPassword", "The two new passwords differ.");
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        try {
            var session = api.send(
                    HttpMethod.POST,
                    "/api/me/password",
                    BrowserSession.current(request),
                    Map.of("currentPassword", current, "newPassword", chosen));
            BrowserSession.issue(request, response, session);
        } catch (ApiProblem refused) {
            refused.fieldErrors()
                    .forEach((field, message) -> errors.put(
                            field, field.equals("currentPassword") ? "That is not your current password." : message));
        }
        return errors;
    }
}
