package dev.tandem.query.dashboard;

import dev.tandem.api.earnings.EarningsReport;
import dev.tandem.api.provider.AvailabilityView;
import dev.tandem.api.provider.TimeOffView;
import dev.tandem.platform.consistency.ProjectionBarrier;
import dev.tandem.platform.security.Caller;
import dev.tandem.query.calendar.CalendarFeeds;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** What a provider keeps up itself: its earnings so far, its weekly hours and time off, its profile. */
@Controller
class ProviderSelfPages {

    private final Views views;
    private final CommandApi api;
    private final ProjectionBarrier projections;
    private final PasswordChange passwords;
    private final CalendarFeeds calendars;

    ProviderSelfPages(
            Views views,
            CommandApi api,
            ProjectionBarrier projections,
            PasswordChange passwords,
            CalendarFeeds calendars) {
        this.views = views;
        this.api = api;
        this.projections = projections;
        this.passwords = passwords;
        this.calendars = calendars;
    }

    /** Earned today, this week (from Monday) and this pay period (the calendar month). */
    public record Earned(long today, long week, long period, int jobsToday) {}

    /** One day of the week as the hours form shows it. */
    @GetMapping("/app/provider/earnings")
    String earnings(Caller caller, Model model) {
        Locality here = (Locality) model.getAttribute("here");
        LocalDate today = here.today();
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate first = today.withDayOfMonth(1);
        LocalDate from = monday.isBefore(first) ? monday : first;
        EarningsReport report = views.earnings(
                caller, caller.providerId().orElseThrow(), here.startOf(from), here.startOf(today.plusDays(1)));
        long day = 0;
        long week = 0;
        long period = 0;
        int jobs = 0;
        for (var earning : report.items()) {
            long amount = earning.providerEarningsCents() + earning.tipCents();
            LocalDate on = here.at(earning.recordedAt()).toLocalDate();
            if (on.equals(today)) {
                day += amount;
                jobs++;
            }
            if (!on.isBefore(monday)) {
                week += amount;
            }
            if (!on.isBefore(first)) {
                period += amount;
            }
        }
        model.addAttribute("earned", new Earned(day, week, period, jobs));
        return "provider/today :: earnings";
    }

    @GetMapping("/app/provider/availability")
    String availability(Caller caller, HttpServletRequest request, Model model) {
        AvailabilityView availability = views.availability(caller);
        var days = WeeklyHoursForm.days(availability.weeklyHours(), ((Locality) model.getAttribute("here")).locale());
        model.addAttribute("days", days);
        model.addAttribute("timeOff", availability.timeOff());
        return ProviderPages.htmx(request) ? "provider/availability :: editor" : "provider/availability";
    }

    @PostMapping("/app/provider/availability/hours")
    String saveHours(
            @RequestParam Map<String, String> form,
            Caller caller,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        var errors = new LinkedHashMap<String, String>();
        var windows = WeeklyHoursForm.windows(form, views.availability(caller).weeklyHours(), errors);
        return saveAvailability(Map.of("weeklyHours", windows), errors, "hoursSaved", caller, request, response, model);
    }

    @PostMapping("/app/provider/availability/time-off")
    String addTimeOff(
            @RequestParam Map<String, String> form,
            Caller caller,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Locality here = (Locality) model.getAttribute("here");
        var errors = new LinkedHashMap<String, String>();
        LocalDate from = EarningsPages.day(form.get("offFrom"), null);
        LocalDate to = EarningsPages.day(form.get("offTo"), from);
        if (from == null) {
            errors.put("offFrom", "Enter the first day off.");
        } else if (to.isBefore(from)) {
            errors.put("offTo", "The last day cannot be before the first.");
        }
        var entries = new ArrayList<Map<String, Object>>(existing(caller));
        if (errors.isEmpty()) {
            var entry = new LinkedHashMap<String, Object>();
            entry.put("start", here.startOf(from).toString());
            entry.put("end", here.startOf(to.plusDays(1)).toString());
            String reason = form.getOrDefault("reason", "").trim();
            if (!reason.isEmpty()) {
                entry.put("reason", reason);
            }
            entries.add(entry);
        }
        return saveAvailability(Map.of("timeOff", entries), errors, "timeOffSaved", caller, request, response, model);
    }

    @PostMapping("/app/provider/availability/time-off/{id}/remove")
    String removeTimeOff(
            @PathVariable String id,
            Caller caller,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        var entries = existing(caller).stream()
                .filter(entry -> !id.equals(entry.get("id")))
                .toList();
        return saveAvailability(
                Map.of("timeOff", entries), new LinkedHashMap<>(), "timeOffSaved", caller, request, response, model);
    }

    @GetMapping("/app/provider/profile")
    String profile(Caller caller, Model model) {
        var provider = views.ownProfile(caller);
        var form = new LinkedHashMap<String, String>();
        form.put("name", provider.name());
        form.put("phone", provider.phone() == null ? "" : provider.phone());
        form.put("bio", provider.bio() == null ? "" : provider.bio());
        form.put("skills", String.join(", ", provider.skills()));
        model.addAttribute("form", form);
        model.addAttribute("provider", provider);
        model.addAttribute("calendar", CalendarLink.of(calendars.addressOf(caller.businessId(), caller.providerId())));
        return "provider/profile";
    }

    @PostMapping("/app/provider/profile")
    String saveProfile(
            @RequestParam Map<String, String> form,
            Caller caller,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        var body = new LinkedHashMap<String, Object>();
        body.put("name", form.getOrDefault("name", "").trim());
        body.put("phone", form.getOrDefault("phone", "").trim());
        body.put("bio", form.getOrDefault("bio", "").trim());
        body.put(
                "skills",
                Arrays.stream(form.getOrDefault("skills", "").split(","))
                        .map(String::trim)
                        .filter(skill -> !skill.isEmpty())
                        .toList());
        try {
            api.send(HttpMethod.PUT, "/api/provider/profile", BrowserSession.current(request), body);
            projections.awaitAggregates(caller.providerId().orElseThrow().toString());
            return "redirect:/app/provider/profile?saved";
        } catch (ApiProblem refused) {
            response.setStatus(refused.status());
            model.addAttribute("form", form);
            model.addAttribute("provider", views.ownProfile(caller));
            model.addAttribute("invalid", refused.fieldErrors());
            model.addAttribute("error", refused.getMessage());
            return "provider/profile";
        }
    }

    /** A new password, knowing the current one; this device stays signed in, the others are signed out. */
    @PostMapping("/app/provider/password")
    String changePassword(
            @RequestParam Map<String, String> form,
            Caller caller,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        var errors = passwords.change(form, request, response);
        if (errors.isEmpty()) {
            return "redirect:/app/provider/profile?passwordChanged";
        }
        response.setStatus(400);
        model.addAttribute("passwordInvalid", errors);
        return profile(caller, model);
    }

    private List<Map<String, Object>> existing(Caller caller) {
        var entries = new ArrayList<Map<String, Object>>();
        for (TimeOffView off : views.availability(caller).timeOff()) {
            var entry = new LinkedHashMap<String, Object>();
            entry.put("id", off.id());
            entry.put("start", off.start().toString());
            entry.put("end", off.end().toString());
            if (off.reason() != null) {
                entry.put("reason", off.reason());
            }
            entries.add(entry);
        }
        return entries;
    }

    private String saveAvailability(
            Map<String, Object> body,
            Map<String, String> errors,
            String savedFlag,
            Caller caller,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        if (errors.isEmpty()) {
            try {
                api.send(
                        HttpMethod.POST,
                        "/api/provider/availability",
                        BrowserSession.current(request),
                        JobsRelease.body(body, request));
                projections.awaitAggregates(caller.providerId().orElseThrow().toString());
                model.addAttribute(savedFlag, true);
            } catch (ApiProblem refused) {
                refused.fieldErrors().forEach(errors::put);
                model.addAttribute("availabilityError", refused.getMessage());
                JobsRelease.offer(refused, request, model);
            }
        }
        if (!errors.isEmpty() && !ProviderPages.htmx(request)) {
            response.setStatus(400);
        }
        model.addAttribute("invalid", errors);
        return availability(caller, request, model);
    }
}
