package dev.tandem.query.assignment;

import dev.tandem.api.assignment.AssignmentWeights;
import dev.tandem.api.assignment.ProviderRanking;
import dev.tandem.kernel.GeoPoint;
import dev.tandem.kernel.TimeRange;
import dev.tandem.kernel.WeeklyHours;
import dev.tandem.kernel.WeeklySchedule;
import dev.tandem.query.assignment.RankingInputs.BookedJob;
import dev.tandem.query.assignment.RankingInputs.Job;
import dev.tandem.query.assignment.RankingInputs.ProviderFacts;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Ranks a business's providers for one job (docs/ranking.md): each is either excluded with the first rule it
 * breaks, or scored from 0 to 1 by its weighted factors, with the reasons in words. The same inputs always
 * give the same order: score, then distance, then provider id. Plain Java, so every rule is tested alone.
 */
final class Ranking {

    /** A provider this far from the job scores 0.5 for distance; nearer tends to 1, farther to 0. */
    static final double HALF_SCORE_DISTANCE_KM = 10;

    /** Counted for a provider nobody has rated yet. */
    static final double NEUTRAL_STARS = 3.0;

    /** Counted for a provider with no finished, cancelled or declined job yet. */
    static final double NEUTRAL_COMPLETION_RATE = 0.8;

    private static final Comparator<Scored> BEST_FIRST = Comparator.comparingDouble(
                    (Scored scored) -> scored.candidate().score())
            .reversed()
            .thenComparingDouble(Scored::distanceKm)
            .thenComparing(scored -> scored.candidate().providerId());

    private final AssignmentWeights weights;
    private final ZoneId zone;
    private final double travelKmPerHour;

    /**
     * @param zone the business's time zone, which working hours and "that day" are read in
     * @param travelKmPerHour the average speed, as the crow flies, a provider moves between jobs at
     */
    Ranking(AssignmentWeights weights, ZoneId zone, double travelKmPerHour) {
        this.weights = weights;
        this.zone = zone;
        this.travelKmPerHour = travelKmPerHour;
    }

    /** Ranks in one pass over the providers: a business may have thousands, and an answer is wanted at once. */
    ProviderRanking rank(Job job, List<ProviderFacts> providers) {
        var context = new JobContext(job, zone);
        var scored = new ArrayList<Scored>(providers.size());
        var excluded = new ArrayList<ProviderRanking.Exclusion>();
        for (ProviderFacts provider : providers) {
            List<BookedJob> others = othersThan(job, provider);
            // The distance from home, once: NaN when either end is unknown.
            double km = job.location() == null || provider.home() == null
                    ? Double.NaN
                    : provider.home().distanceKmTo(job.location());
            String why = whyNot(context, provider, km, others);
            if (why != null) {
                excluded.add(new ProviderRanking.Exclusion(provider.providerId(), why));
            } else {
                scored.add(score(context, provider, km, others));
            }
        }
        scored.sort(BEST_FIRST);
        excluded.sort(Comparator.comparing(ProviderRanking.Exclusion::providerId));
        var candidates = new ArrayList<ProviderRanking.Candidate>(scored.size());
        for (Scored each : scored) {
            candidates.add(each.candidate());
        }
        return new ProviderRanking(
                job.bookingId(), Collections.unmodifiableList(candidates), Collections.unmodifiableList(excluded));
    }

    private record Scored(ProviderRanking.Candidate candidate, double distanceKm) {}

    /** What every provider is measured against, worked out once per ranking. */
    private static final class JobContext {
        final Job job;
        final String skill;
        final LocalDateTime localStart;
        final LocalDateTime localEnd;
        final LocalDate day;
        final Instant dayStart;
        final Instant dayEnd;
        final boolean ordinaryDay;

        JobContext(Job job, ZoneId zone) {
            this.job = job;
            this.skill = job.skill() == null ? null : normalized(job.skill());
            this.localStart = LocalDateTime.ofInstant(job.slot().start(), zone);
            this.localEnd = LocalDateTime.ofInstant(job.slot().end(), zone);
            this.day = localStart.toLocalDate();
            this.dayStart = day.atStartOfDay(zone).toInstant();
            this.dayEnd = day.plusDays(1).atStartOfDay(zone).toInstant();
            // No daylight-saving change that day: local working minutes are real minutes.
            this.ordinaryDay = Duration.between(dayStart, dayEnd).equals(Duration.ofDays(1));
        }
    }

    /** The rules in the order they are checked; the first one broken is the reason given (null: none). */
    private String whyNot(JobContext context, ProviderFacts provider, double km, List<BookedJob> others) {
        Job job = context.job;
        String unfit = whyNotAtAnyTime(provider, context.skill, job.location(), km);
        if (unfit != null) {
            return unfit;
        }
        if (!covers(context, provider.weeklyHours())) {
            return "outside working hours";
        }
        for (TimeRange off : provider.timeOff()) {
            if (off.overlaps(job.slot())) {
                return "time off";
            }
        }
        for (BookedJob other : others) {
            if (other.slot().overlaps(job.slot())) {
                return "overlapping booking";
            }
        }
        return others.isEmpty() ? null : travelProblem(job, others);
    }

    /**
     * The rules that do not depend on when the job is: the provider is active and not offline, has the skill
     * and serves the place ({@code km} from its home, NaN when either is unknown). Null when it may do the job.
     * The day planner checks the rest itself, as it moves jobs in time.
     */
    static String whyNotAtAnyTime(ProviderFacts provider, String skill, GeoPoint location, double km) {
        if (!provider.active()) {
            return "inactive: the provider is deactivated";
        }
        if ("OFFLINE".equals(provider.status())) {
            return "offline";
        }
        if (skill != null && !provider.skills().contains(skill)) {
            return "lacks the skill " + skill;
        }
        if (location != null) {
            if (provider.home() == null) {
                return "outside its service radius: no home location to measure the distance from";
            }
            if (provider.serviceRadiusKm() != null && km > provider.serviceRadiusKm()) {
                return "outside its service radius: " + oneDecimal(km) + " km from home, radius "
                        + provider.serviceRadiusKm() + " km";
            }
        }
        return null;
    }

    /** One working window holds the whole job; windows end by midnight, so a job crossing it never fits. */
    private static boolean covers(JobContext context, WeeklySchedule schedule) {
        if (!context.localEnd.toLocalDate().equals(context.day)) {
            return false;
        }
        DayOfWeek weekday = context.day.getDayOfWeek();
        LocalTime start = context.localStart.toLocalTime();
        LocalTime end = context.localEnd.toLocalTime();
        for (WeeklyHours window : schedule.hours()) {
            if (window.dayOfWeek() == weekday && !start.isBefore(window.start()) && !end.isAfter(window.end())) {
                return true;
            }
        }
        return false;
    }

    /** From the job before, the provider must get here in time; and from here to the job after. */
    private String travelProblem(Job job, List<BookedJob> others) {
        if (job.location() == null) {
            return null;
        }
        BookedJob previous = null;
        BookedJob next = null;
        for (BookedJob other : others) {
            if (!other.slot().end().isAfter(job.slot().start())) {
                if (previous == null
                        || other.slot().end().isAfter(previous.slot().end())) {
                    previous = other;
                }
            } else if (!other.slot().start().isBefore(job.slot().end())) {
                if (next == null || other.slot().start().isBefore(next.slot().start())) {
                    next = other;
                }
            }
        }
        if (previous != null && previous.location() != null) {
            String late = lateness(
                    previous.location(),
                    job.location(),
                    previous.slot().end(),
                    job.slot().start());
            if (late != null) {
                return "travel from its previous job impossible in time: " + late;
            }
        }
        if (next != null && next.location() != null) {
            String late = lateness(
                    job.location(),
                    next.location(),
                    job.slot().end(),
                    next.slot().start());
            if (late != null) {
                return "travel to its next job impossible in time: " + late;
            }
        }
        return null;
    }

    /** Null when the way from one job to the other fits between them; else the figures that show it does not. */
    private String lateness(GeoPoint from, GeoPoint to, Instant leaving, Instant due) {
        double km = from.distanceKmTo(to);
        long neededSeconds = (long) Math.ceil(km / travelKmPerHour * 3600);
        long betweenSeconds = Duration.between(leaving, due).getSeconds();
        if (neededSeconds <= betweenSeconds) {
            return null;
        }
        return oneDecimal(km) + " km need " + ((neededSeconds + 59) / 60) + " min, " + (betweenSeconds / 60)
                + " min between";
    }

    private Scored score(JobContext context, ProviderFacts provider, double km, List<BookedJob> others) {
        var reasons = new ArrayList<String>(4);

        boolean measured = !Double.isNaN(km);
        double distance = measured ? 1 / (1 + km / HALF_SCORE_DISTANCE_KM) : 0;
        reasons.add(
                measured
                        ? oneDecimal(km) + " km from home (distance " + twoDecimals(distance) + ")"
                        : "distance unknown (distance 0.00)");

        long working = workingMinutes(context, provider.weeklyHours());
        long booked = bookedMinutes(context, others);
        double workload = working == 0 ? 0 : Math.max(0, 1 - (double) booked / working);
        reasons.add(hours(booked) + " of " + hours(working) + " working time booked that day (workload "
                + twoDecimals(workload) + ")");

        double stars = provider.ratings() == 0 ? NEUTRAL_STARS : (double) provider.ratingStars() / provider.ratings();
        double rating = stars / 5;
        reasons.add(
                provider.ratings() == 0
                        ? "no ratings yet, counted as " + oneDecimal(stars) + " stars (rating " + twoDecimals(rating)
                                + ")"
                        : "rated " + oneDecimal(stars) + " stars on average from " + provider.ratings() + " rating"
                                + (provider.ratings() == 1 ? "" : "s") + " (rating " + twoDecimals(rating) + ")");

        int finished = provider.completed() + provider.notCompleted();
        double completion = finished == 0 ? NEUTRAL_COMPLETION_RATE : (double) provider.completed() / finished;
        reasons.add(
                finished == 0
                        ? "no finished jobs yet, counted as " + Math.round(completion * 100) + "% (completion "
                                + twoDecimals(completion) + ")"
                        : "completed " + provider.completed() + " of " + finished + " jobs (completion "
                                + twoDecimals(completion) + ")");

        double score = (weights.distance() * distance
                        + weights.workload() * workload
                        + weights.rating() * rating
                        + weights.completion() * completion)
                / weights.total();
        return new Scored(
                new ProviderRanking.Candidate(provider.providerId(), round(score), List.copyOf(reasons)),
                measured ? km : Double.MAX_VALUE);
    }

    /** The provider's working minutes on the job's local day (exact on the days the clocks change too). */
    private long workingMinutes(JobContext context, WeeklySchedule schedule) {
        if (!context.ordinaryDay) {
            return schedule.windowsOn(context.day, zone).stream()
                    .mapToLong(TimeRange::minutes)
                    .sum();
        }
        DayOfWeek weekday = context.day.getDayOfWeek();
        long minutes = 0;
        for (WeeklyHours window : schedule.hours()) {
            if (window.dayOfWeek() == weekday) {
                minutes += Duration.between(window.start(), window.end()).toMinutes();
            }
        }
        return minutes;
    }

    private static long bookedMinutes(JobContext context, List<BookedJob> others) {
        long minutes = 0;
        for (BookedJob other : others) {
            Instant start = max(other.slot().start(), context.dayStart);
            Instant end = min(other.slot().end(), context.dayEnd);
            if (start.isBefore(end)) {
                minutes += Duration.between(start, end).toMinutes();
            }
        }
        return minutes;
    }

    /** The job itself never counts against its provider: it may be assigned to it already. */
    private static List<BookedJob> othersThan(Job job, ProviderFacts provider) {
        List<BookedJob> booked = provider.booked();
        for (BookedJob other : booked) {
            if (other.bookingId().equals(job.bookingId())) {
                var others = new ArrayList<>(booked);
                others.remove(other);
                return others;
            }
        }
        return booked;
    }

    static String normalized(String skill) {
        return skill == null ? "" : skill.strip().toLowerCase(Locale.ROOT);
    }

    /** Four decimals: providers equal to the eye are equal to the tie-breaks too. */
    private static double round(double score) {
        return Math.round(score * 10_000) / 10_000.0;
    }

    /** {@code 17.1}; String.format would cost more than the rest of the ranking together. */
    static String oneDecimal(double value) {
        long tenths = Math.round(value * 10);
        return (tenths / 10) + "." + (tenths % 10);
    }

    /** {@code 0.90}, for values from 0 to 1 and a little beyond. */
    static String twoDecimals(double value) {
        long hundredths = Math.round(value * 100);
        long fraction = hundredths % 100;
        return (hundredths / 100) + (fraction < 10 ? ".0" : ".") + fraction;
    }

    private static String hours(long minutes) {
        long rest = minutes % 60;
        return rest == 0 ? (minutes / 60) + " h" : (minutes / 60) + " h " + (rest < 10 ? "0" : "") + rest;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
