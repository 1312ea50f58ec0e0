package dev.tandem.query.dashboard;

import dev.tandem.api.booking.BookingView;
import dev.tandem.api.provider.ProviderView;
import dev.tandem.kernel.GeoPoint;
import dev.tandem.platform.consistency.ProjectionBarrier;
import dev.tandem.platform.security.Caller;
import dev.tandem.query.planner.travel.TravelTimes;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.JsonNode;

/**
 * The dispatch timeline (docs/planner.md): one row per provider for a day, its jobs as blocks at their times with
 * the drive before each, the day's unassigned bookings in a tray; a job moved to another provider or time (by
 * dragging it, or with its "Move" form from the keyboard) goes through the same PATCH as the API, and a refused
 * move says why. "Plan this day" previews the day planner's plan against assigning one by one, and applies it.
 */
@Controller
class DispatchPages {

    /** The timeline shows 06:00 to 22:00: the hours nearly every service business works in. */
    static final LocalTime FIRST_HOUR = LocalTime.of(6, 0);

    static final int HOURS_SHOWN = 16;

    /** Planning from the page is kept short: the admin is waiting for the preview. */
    private static final int PREVIEW_SECONDS = 5;

    private final Views views;
    private final CommandApi api;
    private final ProjectionBarrier projections;
    private final TravelTimes travel;

    DispatchPages(Views views, CommandApi api, ProjectionBarrier projections, TravelTimes travel) {
        this.views = views;
        this.api = api;
        this.projections = projections;
        this.travel = travel;
    }

    /** A job on a provider's row: where its block and the drive before it sit, in percent of the hours shown. */
    public record Block(
            BookingView booking,
            double left,
            double width,
            double travelLeft,
            double travelWidth,
            long travelMinutes) {}

    /** The planner's answer in words: the travel against one by one, each assignment, each booking left. */
    public record PlanPreview(
            long travelMinutes, long greedyTravelMinutes, List<String> assignments, List<String> unassigned) {}

    /** A provider's row of the day. */
    public record Row(String providerId, String name, List<Block> blocks) {}

    @GetMapping("/app/admin/dispatch")
    String page(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            Caller caller,
            Model model) {
        day(date, caller, model);
        return "admin/dispatch";
    }

    /** The timeline alone, as the page asks for it again when bookings change. */
    @GetMapping("/app/admin/dispatch/day")
    String timeline(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            Caller caller,
            Model model) {
        day(date, caller, model);
        return "admin/dispatch :: timeline";
    }

    /** A job dropped on another provider or time, or moved with its form: the API's PATCH, refused moves said. */
    @PostMapping("/app/admin/dispatch/move")
    String move(
            @RequestParam String bookingId,
            @RequestParam(defaultValue = "") String providerId,
            @RequestParam(defaultValue = "") String time,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            Caller caller,
            HttpServletRequest request,
            Model model) {
        Locality here = (Locality) model.getAttribute("here");
        var body = new LinkedHashMap<String, Object>();
        if (!providerId.isBlank()) {
            body.put("providerId", providerId);
        }
        try {
            if (!time.isBlank()) {
                body.put(
                        "scheduledStart",
                        date.atTime(LocalTime.parse(time)).atZone(here.zone()).toInstant());
            }
            api.send(HttpMethod.PATCH, "/api/bookings/" + bookingId, BrowserSession.current(request), body);
            projections.awaitAggregates(bookingId);
            model.addAttribute("moveMessage", "Moved.");
        } catch (DateTimeParseException e) {
            model.addAttribute("moveError", "Enter the new start as a time, e.g. 14:30.");
        } catch (ApiProblem refused) {
            model.addAttribute("moveError", "Not moved: " + refusal(refused));
        }
        day(date, caller, model);
        return "admin/dispatch :: timeline";
    }

    /** "Plan this day": a dry run shown against assigning one by one; with {@code apply}, the plan sent out. */
    @PostMapping("/app/admin/dispatch/plan")
    String plan(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(defaultValue = "false") boolean apply,
            Caller caller,
            HttpServletRequest request,
            Model model) {
        JsonNode plan = null;
        try {
            plan = api.send(
                    HttpMethod.POST,
                    "/api/admin/auto-assign",
                    BrowserSession.current(request),
                    Map.of("date", date.toString(), "dryRun", !apply, "timeLimitSeconds", PREVIEW_SECONDS));
            if (apply) {
                projections.awaitAggregates(plan.get("assignments")
                        .valueStream()
                        .map(a -> a.get("bookingId").asString())
                        .toArray(String[]::new));
            }
        } catch (ApiProblem refused) {
            model.addAttribute("planError", refusal(refused));
        }
        day(date, caller, model);
        if (plan != null) {
            @SuppressWarnings("unchecked")
            var names = (Map<String, String>) model.getAttribute("names");
            model.addAttribute("plan", preview(plan, names, (Locality) model.getAttribute("here")));
            model.addAttribute("applied", apply);
        }
        return "admin/dispatch :: timeline";
    }

    private static PlanPreview preview(JsonNode plan, Map<String, String> names, Locality here) {
        var assignments = new ArrayList<String>();
        for (JsonNode a : plan.get("assignments")) {
            assignments.add(names.getOrDefault(a.get("providerId").asString(), "A provider") + " at "
                    + here.time(Instant.parse(a.get("start").asString())) + ": "
                    + String.join(
                            "; ",
                            a.get("reasons")
                                    .valueStream()
                                    .map(JsonNode::asString)
                                    .toList()));
        }
        var unassigned = new ArrayList<String>();
        for (JsonNode u : plan.get("unassigned")) {
            unassigned.add("Left unassigned: "
                    + String.join(
                            "; ",
                            u.get("why").valueStream().map(JsonNode::asString).toList()));
        }
        return new PlanPreview(
                plan.get("totalTravelMinutes").asLong(),
                plan.get("greedyTravelMinutes").asLong(),
                assignments,
                unassigned);
    }

    private static String refusal(ApiProblem refused) {
        return refused.fieldErrors().isEmpty()
                ? refused.getMessage()
                : refused.fieldErrors().values().iterator().next();
    }

    private void day(LocalDate date, Caller caller, Model model) {
        Locality here = (Locality) model.getAttribute("here");
        LocalDate day = date == null ? here.today() : date;
        Instant first = day.atTime(FIRST_HOUR).atZone(here.zone()).toInstant();
        List<ProviderView> providers = views.providers(caller).stream()
                .filter(ProviderView::active)
                .sorted(Comparator.comparing(ProviderView::name))
                .toList();
        List<BookingView> bookings =
                views.bookings(caller, null, null, here.startOf(day), here.startOf(day.plusDays(1))).stream()
                        .filter(b -> !b.status().equals("CANCELLED"))
                        .sorted(Comparator.comparing(BookingView::scheduledStart))
                        .toList();
        Map<String, List<BookingView>> byProvider = bookings.stream()
                .filter(b -> b.providerId() != null)
                .collect(Collectors.groupingBy(BookingView::providerId));
        var rows = new ArrayList<Row>();
        var drives = drivesBefore(providers, byProvider);
        for (ProviderView provider : providers) {
            rows.add(new Row(
                    provider.id(),
                    provider.name(),
                    blocks(byProvider.getOrDefault(provider.id(), List.of()), drives, first)));
        }
        model.addAttribute("day", day);
        model.addAttribute("previousDay", day.minusDays(1));
        model.addAttribute("nextDay", day.plusDays(1));
        model.addAttribute("rows", rows);
        model.addAttribute("providers", providers);
        model.addAttribute(
                "tray", bookings.stream().filter(b -> b.providerId() == null).toList());
        model.addAttribute("names", providers.stream().collect(Collectors.toMap(ProviderView::id, ProviderView::name)));
        model.addAttribute(
                "hours",
                IntStream.rangeClosed(0, HOURS_SHOWN)
                        .mapToObj(h -> FIRST_HOUR.plusHours(h).toString())
                        .toList());
    }

    /**
     * The drive before each job, in seconds, by booking: from home for a provider's first, from the job before
     * after that. One travel matrix for the whole day (one request when travel comes from a routing service).
     */
    private Map<String, Long> drivesBefore(List<ProviderView> providers, Map<String, List<BookingView>> jobs) {
        var places = new ArrayList<GeoPoint>();
        for (ProviderView provider : providers) {
            places.add(
                    provider.home() == null
                            ? null
                            : new GeoPoint(
                                    provider.home().lat(), provider.home().lng()));
            jobs.getOrDefault(provider.id(), List.of())
                    .forEach(job -> places.add(
                            new GeoPoint(job.customer().lat(), job.customer().lng())));
        }
        var matrix = travel.between(places);
        var drives = new HashMap<String, Long>();
        int at = 0;
        for (ProviderView provider : providers) {
            for (BookingView job : jobs.getOrDefault(provider.id(), List.of())) {
                drives.put(job.id(), matrix.seconds(at, at + 1));
                at++;
            }
            at++;
        }
        return drives;
    }

    /** Each job at its time, and the drive before it, in percent of the hours shown. */
    private static List<Block> blocks(List<BookingView> jobs, Map<String, Long> drives, Instant first) {
        var blocks = new ArrayList<Block>();
        for (BookingView job : jobs) {
            long drive = drives.get(job.id());
            double start = percent(Duration.between(first, job.scheduledStart()));
            double width = percent(Duration.ofMinutes(job.durationMinutes()));
            double driveWidth = percent(Duration.ofSeconds(drive));
            blocks.add(new Block(job, start, width, start - driveWidth, driveWidth, Math.round(drive / 60.0)));
        }
        return blocks;
    }

    private static double percent(Duration sinceFirstHour) {
        return Math.round(sinceFirstHour.toSeconds() * 10000.0 / (HOURS_SHOWN * 3600)) / 100.0;
    }
}
