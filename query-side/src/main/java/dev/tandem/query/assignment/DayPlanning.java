package dev.tandem.query.assignment;

import dev.tandem.api.assignment.DayPlanView;
import dev.tandem.api.assignment.PlanDayQuery;
import dev.tandem.api.errors.ConflictException;
import dev.tandem.api.errors.InvalidInputException;
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.GeoPoint;
import dev.tandem.kernel.TimeRange;
import dev.tandem.kernel.WeeklyHours;
import dev.tandem.query.assignment.RankingInputs.ProviderFacts;
import dev.tandem.query.assignment.RankingReader.DayBooking;
import dev.tandem.query.planner.domain.DayPlan;
import dev.tandem.query.planner.domain.Route;
import dev.tandem.query.planner.domain.Span;
import dev.tandem.query.planner.domain.TravelMatrix;
import dev.tandem.query.planner.domain.Visit;
import dev.tandem.query.planner.solver.DayPlanSolver;
import dev.tandem.query.planner.solver.GreedyPlanner;
import dev.tandem.query.planner.solver.PlanExplanations;
import dev.tandem.query.planner.travel.TravelTimes;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/**
 * Plans a business's whole local day at once (docs/planner.md): the day's bookings and providers are read from
 * the ranking's read model, turned into the planner's model (times in seconds from local midnight, places in a
 * travel matrix), solved within the caller's time limit and explained in words. It changes nothing; the command
 * side applies a plan. One plan is solved at a time on an instance: solving takes the CPU for seconds.
 */
@Component
class DayPlanning {

    private static final Duration WAIT_FOR_THE_PLANNER = Duration.ofSeconds(2);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private final RankingReader reader;
    private final TravelTimes travel;
    private final DayPlanSolver solver;
    private final PlannerProperties settings;
    private final Semaphore solving = new Semaphore(1);

    DayPlanning(RankingReader reader, TravelTimes travel, DayPlanSolver solver, PlannerProperties settings) {
        this.reader = reader;
        this.travel = travel;
        this.solver = solver;
        this.settings = settings;
    }

    @QueryHandler
    DayPlanView handle(PlanDayQuery query) {
        if (query.timeLimitSeconds() < 1 || query.timeLimitSeconds() > settings.maxTimeLimitSeconds()) {
            throw new InvalidInputException(
                    "timeLimitSeconds", "must be between 1 and " + settings.maxTimeLimitSeconds());
        }
        try {
            if (!solving.tryAcquire(WAIT_FOR_THE_PLANNER.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new ConflictException("The planner is working on another day; try again in a few seconds.");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConflictException("The planner was stopped; try again.");
        }
        try {
            return plan(query);
        } finally {
            solving.release();
        }
    }

    private DayPlanView plan(PlanDayQuery query) {
        BusinessId business = query.businessId();
        ZoneId zone = reader.policy(business).zone();
        Instant midnight = query.date().atStartOfDay(zone).toInstant();
        var day = new TimeRange(
                midnight, query.date().plusDays(1).atStartOfDay(zone).toInstant());
        List<ProviderFacts> providers = reader.providers(business, day);
        List<DayBooking> bookings = reader.bookingsStarting(business, day);
        var model = new Model(query, zone, midnight, providers, bookings);
        if (model.nothingToPlan()) {
            // Only confirmed jobs: they stay where they are, and nothing needs solving.
            DayPlan asItIs = model.build();
            GreedyPlanner.plan(asItIs);
            solver.score(asItIs);
            return model.answer(new DayPlanSolver.Solved(asItIs, 0, 0), asItIs);
        }

        DayPlanSolver.Solved solved = solver.solve(
                model.build(),
                Duration.ofSeconds(query.timeLimitSeconds()),
                Duration.ofSeconds(Math.min(settings.unimprovedSeconds(), query.timeLimitSeconds())));
        DayPlan greedy = model.build();
        GreedyPlanner.plan(greedy);
        return model.answer(solved, greedy);
    }

    /** One day's inputs in the planner's terms, built twice: once to solve, once for the greedy plan. */
    private final class Model {

        private final PlanDayQuery query;
        private final ZoneId zone;
        private final Instant midnight;
        private final List<ProviderFacts> providers;
        private final List<DayBooking> toPlan = new ArrayList<>();
        private final List<DayBooking> fixed = new ArrayList<>();
        private final Map<String, String> skills = new HashMap<>();
        private final Map<String, Map<String, String>> notAtAnyTime = new HashMap<>();
        private final Map<String, Integer> placeOf = new HashMap<>();
        private final TravelMatrix matrix;

        Model(PlanDayQuery query, ZoneId zone, Instant midnight, List<ProviderFacts> providers, List<DayBooking> day) {
            this.query = query;
            this.zone = zone;
            this.midnight = midnight;
            this.providers = providers;
            for (DayBooking booking : day) {
                boolean open =
                        booking.providerId() == null || (query.replanOffers() && "PENDING".equals(booking.status()));
                (open ? toPlan : fixed).add(booking);
            }
            var places = new ArrayList<GeoPoint>();
            providers.forEach(provider -> places.add(provider.home()));
            for (DayBooking booking : day) {
                placeOf.put(booking.bookingId(), places.size());
                places.add(booking.location());
            }
            matrix = travel.between(places);
            // The catalogue is read once per service of the day, not once per booking.
            var skillOfService = new HashMap<String, Optional<String>>();
            for (DayBooking booking : toPlan) {
                String skill = skillOfService
                        .computeIfAbsent(booking.service(), service -> catalogueSkill(booking))
                        .orElse(null);
                var reasons = new LinkedHashMap<String, String>();
                for (ProviderFacts provider : providers) {
                    double km = booking.location() == null || provider.home() == null
                            ? Double.NaN
                            : provider.home().distanceKmTo(booking.location());
                    String why = Ranking.whyNotAtAnyTime(provider, skill, booking.location(), km);
                    if (why != null) {
                        reasons.put(provider.providerId(), why);
                    }
                }
                skills.put(booking.bookingId(), skill);
                notAtAnyTime.put(booking.bookingId(), reasons);
            }
        }

        /** The skill the catalogue says the booking's service needs (normalised), if any. */
        private Optional<String> catalogueSkill(DayBooking booking) {
            var job = reader.withCatalogueSkill(
                    query.businessId(),
                    new RankingInputs.Job(booking.bookingId(), booking.service(), booking.location(), booking.slot()));
            return Optional.ofNullable(job.skill()).map(Ranking::normalized);
        }

        boolean nothingToPlan() {
            return toPlan.isEmpty();
        }

        DayPlan build() {
            var routes = new ArrayList<Route>();
            for (int i = 0; i < providers.size(); i++) {
                ProviderFacts provider = providers.get(i);
                routes.add(new Route(
                        provider.providerId(),
                        provider.providerId(),
                        i,
                        matrix,
                        0,
                        Route.UNLIMITED,
                        workingHours(provider),
                        provider.timeOff().stream().map(this::span).toList(),
                        Route.UNLIMITED,
                        provider.ratings() == 0 ? 0 : (double) provider.ratingStars() / provider.ratings()));
            }
            var visits = new ArrayList<Visit>();
            for (DayBooking booking : fixed) {
                visits.add(Visit.fixed(
                        booking.bookingId(),
                        placeOf.get(booking.bookingId()),
                        matrix,
                        seconds(booking.slot().start()),
                        booking.slot().minutes() * 60,
                        booking.providerId()));
            }
            for (DayBooking booking : toPlan) {
                long start = seconds(booking.slot().start());
                long from = booking.arrivalFrom() == null ? start : Math.max(0, seconds(booking.arrivalFrom()));
                long to = booking.arrivalTo() == null ? start : seconds(booking.arrivalTo());
                Set<String> eligible = providers.stream()
                        .map(ProviderFacts::providerId)
                        .filter(id -> !notAtAnyTime.get(booking.bookingId()).containsKey(id))
                        .collect(Collectors.toSet());
                visits.add(new Visit(
                        booking.bookingId(),
                        placeOf.get(booking.bookingId()),
                        matrix,
                        from,
                        to,
                        booking.slot().minutes() * 60,
                        0,
                        eligible));
            }
            return new DayPlan(routes, visits);
        }

        private List<Span> workingHours(ProviderFacts provider) {
            var spans = new ArrayList<Span>();
            for (WeeklyHours hours : provider.weeklyHours().hours()) {
                if (hours.dayOfWeek() == query.date().getDayOfWeek()) {
                    spans.add(new Span(
                            seconds(query.date()
                                    .atTime(hours.start())
                                    .atZone(zone)
                                    .toInstant()),
                            seconds(query.date()
                                    .atTime(hours.end())
                                    .atZone(zone)
                                    .toInstant())));
                }
            }
            spans.sort((a, b) -> Long.compare(a.start(), b.start()));
            return spans;
        }

        private Span span(TimeRange range) {
            return new Span(seconds(range.start()), seconds(range.end()));
        }

        private long seconds(Instant instant) {
            return Duration.between(midnight, instant).toSeconds();
        }

        private Instant instant(long seconds) {
            return midnight.plusSeconds(seconds);
        }

        DayPlanView answer(DayPlanSolver.Solved solved, DayPlan greedy) {
            DayPlan plan = solved.plan();
            var assignments = new ArrayList<DayPlanView.Assignment>();
            for (Route route : plan.providerRoutes()) {
                for (Visit visit : route.visits()) {
                    if (!visit.isFixed()) {
                        assignments.add(new DayPlanView.Assignment(
                                visit.bookingId(),
                                route.providerId(),
                                instant(visit.start()),
                                minutes(visit.travelSecondsBefore()),
                                reasons(route, visit)));
                    }
                }
            }
            var unassigned = new ArrayList<DayPlanView.Unassigned>();
            for (Visit visit : plan.unplanned()) {
                if (!visit.isFixed()) {
                    unassigned.add(new DayPlanView.Unassigned(visit.bookingId(), why(plan, visit)));
                }
            }
            return new DayPlanView(
                    query.date(),
                    List.copyOf(assignments),
                    List.copyOf(unassigned),
                    minutes(plan.travelSeconds()),
                    minutes(greedy.travelSeconds()),
                    plan.score().toString(),
                    solved.solvedInMs());
        }

        private List<String> reasons(Route route, Visit visit) {
            var reasons = new ArrayList<String>();
            String skill = skills.get(visit.bookingId());
            reasons.add(
                    skill == null
                            ? "may do it: active, in its service radius and free at that time"
                            : "may do it: has the skill " + skill + ", in its service radius and free at that time");
            reasons.add(minutes(visit.travelSecondsBefore()) + " min on the road from "
                    + (visit.previous() == null ? "home" : "the job before"));
            reasons.add(
                    visit.earliestStart() == visit.latestStart()
                            ? "starts at its fixed time " + clock(visit.start())
                            : "starts " + clock(visit.start()) + ", inside its arrival window "
                                    + clock(visit.earliestStart()) + "–" + clock(visit.latestStart()));
            if (route.rating() > 0) {
                reasons.add(String.format(java.util.Locale.ROOT, "rated %.1f by its customers", route.rating()));
            }
            return reasons;
        }

        private List<String> why(DayPlan plan, Visit visit) {
            var why = new ArrayList<String>();
            notAtAnyTime.get(visit.bookingId()).forEach((provider, reason) -> why.add(provider + ": " + reason));
            PlanExplanations.whyNotPlanned(plan, visit)
                    .forEach((provider, broken) -> why.add(provider + ": " + broken));
            if (why.isEmpty()) {
                why.add("no provider works this day");
            }
            return why;
        }

        private String clock(long seconds) {
            return CLOCK.format(instant(seconds).atZone(zone));
        }

        private static long minutes(long seconds) {
            return Math.round(seconds / 60.0);
        }
    }
}
