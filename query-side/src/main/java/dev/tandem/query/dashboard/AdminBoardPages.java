package dev.tandem.query.dashboard;

import dev.tandem.api.board.BoardView;
import dev.tandem.api.booking.BookingView;
import dev.tandem.api.business.BusinessView;
import dev.tandem.api.provider.ProviderRealtimeStatusView;
import dev.tandem.api.provider.ProviderView;
import dev.tandem.platform.consistency.ProjectionBarrier;
import dev.tandem.platform.security.Caller;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The admin's live board: every provider's status and jobs, and today's bookings, unassigned first. */
@Controller
class AdminBoardPages {

    private final Views views;
    private final CommandApi api;
    private final ProjectionBarrier projections;

    AdminBoardPages(Views views, CommandApi api, ProjectionBarrier projections) {
        this.views = views;
        this.api = api;
        this.projections = projections;
    }

    /**
     * A new business's first steps, each done or not: the board shows them until every one is done. The
     * settings count as checked once they have been changed (the sign-up's defaults are a guess).
     */
    record FirstSteps(boolean settingsChecked, boolean providerWithHours, boolean service, boolean booking) {

        public boolean allDone() {
            return settingsChecked && providerWithHours && service && booking;
        }
    }

    @GetMapping("/app/admin")
    String board(Caller caller, Model model) {
        Locality here = (Locality) model.getAttribute("here");
        providers(caller, model);
        bookings(caller, model);
        model.addAttribute("firstSteps", firstSteps(caller, model));
        model.addAttribute("minutesToday", minutesSinceMidnight(here));
        return "admin/board";
    }

    /**
     * The board as it was at the end of a minute of today, rebuilt from the event store, read-only: the time
     * slider's view. The minute going on now shows now.
     */
    @GetMapping("/app/admin/board/past")
    String past(@RequestParam(defaultValue = "0") int minute, Caller caller, Model model) {
        Locality here = (Locality) model.getAttribute("here");
        long shown = Math.clamp(minute, 0, minutesSinceMidnight(here));
        Instant endOfMinute =
                here.startOf(here.today()).plus(Duration.ofMinutes(shown + 1)).minusMillis(1);
        Instant now = Instant.now();
        Instant at = endOfMinute.isAfter(now) ? now : endOfMinute;
        BoardView past = views.boardAt(caller, at);
        model.addAttribute("past", past);
        model.addAttribute(
                "pastNames",
                past.providers().stream()
                        .collect(Collectors.toMap(BoardView.Provider::providerId, BoardView.Provider::name)));
        return "admin/board :: past";
    }

    /** From what the board's two halves have just read (the active providers, those without hours), and two reads. */
    private FirstSteps firstSteps(Caller caller, Model model) {
        BusinessView business = (BusinessView) model.getAttribute("business");
        @SuppressWarnings("unchecked")
        Set<String> withoutHours = (Set<String>) model.getAttribute("withoutHours");
        @SuppressWarnings("unchecked")
        List<ProviderView> active = (List<ProviderView>) model.getAttribute("assignable");
        return new FirstSteps(
                business.updatedAt().isAfter(business.createdAt()),
                active.stream().anyMatch(provider -> !withoutHours.contains(provider.id())),
                !views.services(caller).isEmpty(),
                views.hasBookings(caller));
    }

    private static long minutesSinceMidnight(Locality here) {
        return Duration.between(here.startOf(here.today()), Instant.now()).toMinutes();
    }

    @GetMapping("/app/admin/board/providers")
    String providers(Caller caller, Model model) {
        Locality here = (Locality) model.getAttribute("here");
        List<BookingView> today = today(caller, here);
        Map<String, BookingView> byId = today.stream().collect(Collectors.toMap(BookingView::id, Function.identity()));
        var rows = views.board(caller).stream()
                .sorted(Comparator.comparing(ProviderRealtimeStatusView::name, String.CASE_INSENSITIVE_ORDER))
                .map(status -> new BoardRow(
                        status,
                        status.currentBookingId() == null ? null : byId.get(status.currentBookingId()),
                        today.stream()
                                .filter(b -> status.providerId().equals(b.providerId()))
                                .filter(b -> b.status().equals("PENDING")
                                        || b.status().equals("CONFIRMED"))
                                .filter(b -> !b.id().equals(status.currentBookingId()))
                                .min(Comparator.comparing(BookingView::scheduledStart))
                                .orElse(null)))
                .toList();
        model.addAttribute("board", rows);
        model.addAttribute("withoutHours", views.providersWithoutHours(caller));
        return "admin/board :: providers";
    }

    @GetMapping("/app/admin/board/bookings")
    String bookings(Caller caller, Model model) {
        Locality here = (Locality) model.getAttribute("here");
        List<ProviderView> providers = views.providers(caller);
        Map<String, String> names = providers.stream().collect(Collectors.toMap(ProviderView::id, ProviderView::name));
        List<BookingView> today = today(caller, here);
        var groups = new LinkedHashMap<String, List<BookingView>>();
        groups.put(
                "Unassigned",
                today.stream()
                        .filter(b -> b.providerId() == null && !b.status().equals("CANCELLED"))
                        .toList());
        for (String status : List.of("PENDING", "CONFIRMED", "IN_PROGRESS", "COMPLETED", "CANCELLED")) {
            groups.put(
                    status,
                    today.stream()
                            .filter(b -> b.providerId() != null || b.status().equals("CANCELLED"))
                            .filter(b -> b.status().equals(status))
                            .toList());
        }
        model.addAttribute("groups", groups);
        model.addAttribute("providerNames", names);
        model.addAttribute(
                "assignable", providers.stream().filter(ProviderView::active).toList());
        return "admin/board :: bookings";
    }

    /** Assigns (or reassigns) a booking from the board; the board then refreshes from the live events. */
    @PostMapping("/app/admin/bookings/{id}/assign")
    String assign(
            @PathVariable UUID id,
            @RequestParam(required = false) UUID providerId,
            Caller caller,
            HttpServletRequest request,
            Model model) {
        if (providerId == null) {
            // The menu starts on no one, so that a hurried click never gives the job to whoever is first.
            model.addAttribute("boardError", "Choose a provider to assign.");
            return ProviderPages.htmx(request) ? bookings(caller, model) : "redirect:/app/admin";
        }
        try {
            api.send(
                    HttpMethod.PATCH,
                    "/api/bookings/" + id,
                    BrowserSession.current(request),
                    Map.of("providerId", providerId));
            projections.awaitAggregates(id.toString());
        } catch (ApiProblem refused) {
            if (refused.status() == 404) {
                throw refused;
            }
            model.addAttribute("boardError", refused.getMessage());
        }
        return ProviderPages.htmx(request) ? bookings(caller, model) : "redirect:/app/admin";
    }

    /**
     * Asks auto-assignment for the best provider of a booking (docs/api.md, Assignment) and shows why: the
     * chosen provider's reasons, the other candidates, and why anyone was left out.
     */
    @PostMapping("/app/admin/bookings/{id}/auto-assign")
    String autoAssign(@PathVariable UUID id, Caller caller, HttpServletRequest request, Model model) {
        try {
            var answer = api.send(
                    HttpMethod.POST,
                    "/api/admin/auto-assign",
                    BrowserSession.current(request),
                    Map.of("bookingId", id));
            projections.awaitAggregates(id.toString());
            model.addAttribute("ranking", Ranking.of(id.toString(), answer, null));
        } catch (ApiProblem refused) {
            if (refused.status() == 404 || refused.status() == 405) {
                model.addAttribute("boardError", "Auto-assignment is not available on this server.");
            } else {
                model.addAttribute("ranking", Ranking.of(id.toString(), refused.body(), refused.getMessage()));
            }
        }
        return ProviderPages.htmx(request) ? bookings(caller, model) : "redirect:/app/admin";
    }

    /** What auto-assignment answered for one booking, ready to show. */
    public record Ranking(
            String bookingId,
            String providerId,
            List<String> reasons,
            List<String> candidates,
            List<String> excluded,
            String refusal) {

        static Ranking of(String bookingId, tools.jackson.databind.JsonNode answer, String refusal) {
            var reasons = new java.util.ArrayList<String>();
            answer.path("reasons").forEach(reason -> reasons.add(reason.asString()));
            var candidates = new java.util.ArrayList<String>();
            answer.path("candidates").forEach(candidate -> {
                var why = new java.util.ArrayList<String>();
                candidate.path("reasons").forEach(reason -> why.add(reason.asString()));
                candidates.add(candidate.path("providerId").asString() + "|" + String.join("; ", why));
            });
            var excluded = new java.util.ArrayList<String>();
            answer.path("excluded")
                    .forEach(out -> excluded.add(out.path("providerId").asString() + "|"
                            + out.path("why").asString()));
            String chosen = answer.path("providerId").isString()
                    ? answer.path("providerId").asString()
                    : null;
            return new Ranking(bookingId, chosen, reasons, candidates, excluded, refusal);
        }

        /** The provider id of an entry of {@link #candidates()} or {@link #excluded()}. */
        public String who(String entry) {
            return entry.substring(0, entry.indexOf('|'));
        }

        public String why(String entry) {
            return entry.substring(entry.indexOf('|') + 1);
        }
    }

    private List<BookingView> today(Caller caller, Locality here) {
        var day = here.today();
        return views.bookings(caller, null, null, here.startOf(day), here.startOf(day.plusDays(1))).stream()
                .sorted(Comparator.comparing(BookingView::scheduledStart))
                .toList();
    }

    /** One provider on the board: its live status, the job it is on, and its next one today. */
    public record BoardRow(ProviderRealtimeStatusView status, BookingView current, BookingView next) {

        public boolean hasCurrent() {
            return Objects.nonNull(current);
        }
    }
}
