package dev.tandem.query.dashboard;

import dev.tandem.platform.security.Caller;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TimeZone;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.JsonNode;

/** Signing in and out, signing a business up, and a provider accepting its invitation. */
@Controller
class SignInPages {

    private final CommandApi api;

    SignInPages(CommandApi api) {
        this.api = api;
    }

    @GetMapping("/")
    String home() {
        return Caller.current()
                .map(SignInPages::homeOf)
                .map(home -> "redirect:" + home)
                .orElse("redirect:/login");
    }

    @GetMapping("/login")
    String login(@RequestParam(required = false) String next, Model model) {
        model.addAttribute("next", next);
        return "login";
    }

    @PostMapping("/login")
    String logIn(
            @RequestParam String email,
            @RequestParam String password,
            @RequestParam(required = false) String next,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        try {
            JsonNode session = api.anonymous(
                    "/api/auth/login", Map.of("email", email, "password", password), request.getRemoteAddr());
            BrowserSession.issue(request, response, session);
            return "redirect:"
                    + destination(next, session.path("user").path("role").asString());
        } catch (ApiProblem refused) {
            response.setStatus(refused.status() == 429 ? 429 : HttpStatus.UNAUTHORIZED.value());
            model.addAttribute("email", email);
            model.addAttribute("next", next);
            model.addAttribute(
                    "error",
                    refused.status() == 429
                            ? "Too many attempts. Wait a few minutes and try again."
                            : "That email and password do not match an account.");
            return "login";
        }
    }

    @GetMapping("/signup")
    String signUpForm(Model model) {
        model.addAttribute(
                "form",
                new LinkedHashMap<String, String>(
                        Map.of("timeZone", TimeZone.getDefault().getID(), "currency", "EUR")));
        return "signup";
    }

    @PostMapping("/signup")
    String signUp(
            @RequestParam Map<String, String> form,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        var body = new LinkedHashMap<String, Object>();
        for (String field : new String[] {"businessName", "timeZone", "currency", "name", "email", "password"}) {
            String value = form.getOrDefault(field, "").trim();
            if (!value.isEmpty() || field.equals("businessName") || field.equals("name") || field.equals("email")) {
                body.put(field, field.equals("password") ? form.getOrDefault(field, "") : value);
            }
        }
        body.putIfAbsent("password", "");
        try {
            BrowserSession.issue(request, response, api.anonymous("/api/auth/signup", body, request.getRemoteAddr()));
            return "redirect:/app/admin";
        } catch (ApiProblem refused) {
            response.setStatus(refused.status());
            if (refused.fieldErrors().containsKey("password")) {
                // A password that broke a rule is typed again; any other stays, as the rest of the form does.
                form.remove("password");
            }
            model.addAttribute("form", form);
            model.addAttribute("invalid", refused.fieldErrors());
            model.addAttribute("error", refused.getMessage());
            return "signup";
        }
    }

    @GetMapping("/accept-invite")
    String acceptInviteForm(@RequestParam(required = false) String token, Model model) {
        model.addAttribute("token", token);
        return "accept-invite";
    }

    @PostMapping("/accept-invite")
    String acceptInvite(
            @RequestParam String token,
            @RequestParam String password,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        try {
            BrowserSession.issue(
                    request,
                    response,
                    api.anonymous(
                            "/api/auth/accept-invite",
                            Map.of("inviteToken", token, "password", password),
                            request.getRemoteAddr()));
            return "redirect:/app/provider";
        } catch (ApiProblem refused) {
            response.setStatus(refused.status());
            model.addAttribute("token", token);
            model.addAttribute("invalid", refused.fieldErrors());
            model.addAttribute("error", refused.getMessage());
            return "accept-invite";
        }
    }

    /**
     * The live connection asks this before it (re)connects: the request itself renews an expiring session
     * cookie (see {@link SessionFilter}); the answer says whether the visitor is still signed in.
     */
    @GetMapping("/app/session")
    ResponseEntity<Void> session() {
        return Caller.current().isPresent()
                ? ResponseEntity.noContent().build()
                : ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
    }

    private static String destination(String next, String role) {
        boolean local = next != null && next.startsWith("/app/") && !next.contains("//") && !next.contains("\\");
        if (local && next.startsWith("ADMIN".equals(role) ? "/app/admin" : "/app/provider")) {
            return next;
        }
        return "ADMIN".equals(role) ? "/app/admin" : "/app/provider";
    }

    private static String homeOf(Caller caller) {
        return caller.isAdmin() ? "/app/admin" : "/app/provider";
    }
}
