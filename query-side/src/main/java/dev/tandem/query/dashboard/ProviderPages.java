package dev.tandem.query.dashboard;

import dev.tandem.api.booking.BookingView;
import dev.tandem.platform.consistency.ProjectionBarrier;
import dev.tandem.platform.security.Caller;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The provider's phone view: today's and upcoming jobs with one-tap moves, offers, and its status. */
@Controller
class ProviderPages {

    private static final Map<String, String> MOVES =
            Map.of("confirm", "CONFIRMED", "start", "IN_PROGRESS", "complete", "COMPLETED", "decline", "DECLINED");
    private static final List<String> STATUSES = List.of("AVAILABLE", "ON_BREAK", "OFFLINE");

    private final Views views;
    private final CommandApi api;
    private final ProjectionBarrier projections;

    ProviderPages(Views views, CommandApi api, ProjectionBarrier projections) {
        this.views = views;
        this.api = api;
        this.projections = projections;
    }

    @GetMapping("/app/provider")
    String today(Caller caller, Model model) {
        jobs(caller, model);
        status(caller, model);
        return "provider/today";
    }

    @GetMapping("/app/provider/jobs")
    String jobs(Caller caller, Model model) {
        Locality here = (Locality) model.getAttribute("here");
        List<BookingView> jobs =
                views
                        .bookings(caller, caller.providerId().orElseThrow(), null, here.startOf(here.today()), null)
                        .stream()
                        .filter(b -> !b.status().equals("CANCELLED"))
                        .sorted(Comparator.comparing(BookingView::scheduledStart))
                        .toList();
        model.addAttribute(
                "offers", jobs.stream().filter(ProviderPages::isOffer).toList());
        model.addAttribute(
                "todayJobs",
                jobs.stream()
                        .filter(b -> !isOffer(b) && here.isToday(b.scheduledStart()))
                        .toList());
        model.addAttribute(
                "upcomingJobs",
                jobs.stream()
                        .filter(b -> !isOffer(b) && !here.isToday(b.scheduledStart()))
                        .filter(b -> !b.status().equals("COMPLETED"))
                        .toList());
        return "provider/today :: jobs";
    }

    @GetMapping("/app/provider/status")
    String status(Caller caller, Model model) {
        model.addAttribute("availability", views.availability(caller));
        model.addAttribute("statuses", STATUSES);
        return "provider/today :: status";
    }

    /** One tap: confirm, start, complete or decline a job (accepting an offer is confirming it). */
    @PostMapping("/app/provider/jobs/{id}/{move}")
    String move(
            @PathVariable UUID id,
            @PathVariable String move,
            @RequestParam(required = false) String reason,
            Caller caller,
            HttpServletRequest request,
            Model model) {
        String status = MOVES.get(move);
        if (status == null) {
            throw new dev.tandem.api.errors.NotFoundException("No such move.");
        }
        var body = new LinkedHashMap<String, Object>(Map.of("bookingId", id, "status", status));
        if (status.equals("DECLINED")) {
            if (reason == null || reason.isBlank()) {
                model.addAttribute(
                        "jobError", "Say why you decline the job: the office needs it to find someone else.");
                return htmx(request) ? jobs(caller, model) : "redirect:/app/provider";
            }
            body.put("reason", reason.strip());
        }
        try {
            api.send(HttpMethod.PUT, "/api/provider/bookings", BrowserSession.current(request), body);
            projections.awaitAggregates(
                    id.toString(), caller.providerId().orElseThrow().toString());
        } catch (ApiProblem refused) {
            if (refused.status() == 404) {
                throw refused;
            }
            model.addAttribute("jobError", refused.getMessage());
        }
        return htmx(request) ? jobs(caller, model) : "redirect:/app/provider";
    }

    @PostMapping("/app/provider/status")
    String changeStatus(@RequestParam String status, Caller caller, HttpServletRequest request, Model model) {
        try {
            api.send(
                    HttpMethod.POST,
                    "/api/provider/availability",
                    BrowserSession.current(request),
                    Map.of("status", status));
            projections.awaitAggregates(caller.providerId().orElseThrow().toString());
        } catch (ApiProblem refused) {
            model.addAttribute("statusError", refused.getMessage());
        }
        return htmx(request) ? status(caller, model) : "redirect:/app/provider";
    }

    static boolean htmx(HttpServletRequest request) {
        return "true".equals(request.getHeader("HX-Request"));
    }

    private static boolean isOffer(BookingView booking) {
        return booking.status().equals("PENDING") && booking.offerExpiresAt() != null;
    }
}
