package dev.tandem.query.assignment;

import dev.tandem.api.assignment.AssignmentWeights;
import dev.tandem.api.assignment.ProviderRanking;
import dev.tandem.kernel.TimeRange;
import dev.tandem.query.assignment.RankingInputs.BookedJob;
import dev.tandem.query.assignment.RankingInputs.Job;
import dev.tandem.query.assignment.RankingInputs.ProviderFacts;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

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

    ProviderRanking rank(Job job, List<ProviderFacts> providers) {
        var scored = new ArrayList<Scored>();
        var excluded = new ArrayList<ProviderRanking.Exclusion>();
        for (ProviderFacts provider : providers) {
            Optional<String> why = whyNot(job, provider);
            if (why.isPresent()) {
                excluded.add(new ProviderRanking.Exclusion(provider.providerId(), why.get()));
            } else {
                scored.add(score(job, provider));
            }
        }
        scored.sort(BEST_FIRST);
        excluded.sort(Comparator.comparing(ProviderRanking.Exclusion::providerId));
        return new ProviderRanking(
                job.bookingId(), scored.stream().map(Scored::candidate).toList(), List.copyOf(excluded));
    }

    private static final Comparator<Scored> BEST_FIRST = Comparator.comparingDouble(
                    (Scored scored) -> scored.candidate().score())
            .reversed()
            .thenComparingDouble(Scored::distanceKm)
            .thenComparing(scored -> scored.candidate().providerId());

    private record Scored(ProviderRanking.Candidate candidate, double distanceKm) {}

    /** The rules in the order they are checked; the first one broken is the reason given. */
    private Optional<String> whyNot(Job job, ProviderFacts provider) {
        if (!provider.active()) {
            return Optional.of("inactive: the provider is deactivated");
        }
        if ("OFFLINE".equals(provider.status())) {
            return Optional.of("offline");
        }
        if (!provider.skills().contains(normalized(job.service()))) {
            return Optional.of("lacks the skill " + job.service());
        }
        if (job.location() != null) {
            if (provider.home() == null) {
                return Optional.of("outside its service radius: no home location to measure the distance from");
            }
            double km = provider.home().distanceKmTo(job.location());
            if (provider.serviceRadiusKm() != null && km > provider.serviceRadiusKm()) {
                return Optional.of(String.format(
                        Locale.ROOT,
                        "outside its service radius: %.1f km from home, radius %d km",
                        km,
                        provider.serviceRadiusKm()));
            }
        }
        if (!provider.weeklyHours().covers(job.slot(), zone)) {
            return Optional.of("outside working hours");
        }
        if (provider.timeOff().stream().anyMatch(off -> off.overlaps(job.slot()))) {
            return Optional.of("time off");
        }
        List<BookedJob> others = othersThan(job, provider);
        if (others.stream().anyMatch(other -> other.slot().overlaps(job.slot()))) {
            return Optional.of("overlapping booking");
        }
        return travelProblem(job, others);
    }

    /** From the job before, the provider must get here in time; and from here to the job after. */
    private Optional<String> travelProblem(Job job, List<BookedJob> others) {
        if (job.location() == null) {
            return Optional.empty();
        }
        Optional<BookedJob> previous = others.stream()
                .filter(other -> !other.slot().end().isAfter(job.slot().start()))
                .max(Comparator.comparing((BookedJob other) -> other.slot().end()));
        if (previous.isPresent() && previous.get().location() != null) {
            double km = previous.get().location().distanceKmTo(job.location());
            Duration needed = travelTime(km);
            Duration between =
                    Duration.between(previous.get().slot().end(), job.slot().start());
            if (needed.compareTo(between) > 0) {
                return Optional.of(String.format(
                        Locale.ROOT,
                        "travel from its previous job impossible in time: %.1f km need %d min, %d min between",
                        km,
                        minutesUp(needed),
                        between.toMinutes()));
            }
        }
        Optional<BookedJob> next = others.stream()
                .filter(other -> !other.slot().start().isBefore(job.slot().end()))
                .min(Comparator.comparing((BookedJob other) -> other.slot().start()));
        if (next.isPresent() && next.get().location() != null) {
            double km = job.location().distanceKmTo(next.get().location());
            Duration needed = travelTime(km);
            Duration between =
                    Duration.between(job.slot().end(), next.get().slot().start());
            if (needed.compareTo(between) > 0) {
                return Optional.of(String.format(
                        Locale.ROOT,
                        "travel to its next job impossible in time: %.1f km need %d min, %d min between",
                        km,
                        minutesUp(needed),
                        between.toMinutes()));
            }
        }
        return Optional.empty();
    }

    private Scored score(Job job, ProviderFacts provider) {
        var reasons = new ArrayList<String>();

        double km = job.location() == null || provider.home() == null
                ? Double.MAX_VALUE
                : provider.home().distanceKmTo(job.location());
        double distance = km == Double.MAX_VALUE ? 0 : 1 / (1 + km / HALF_SCORE_DISTANCE_KM);
        reasons.add(
                km == Double.MAX_VALUE
                        ? "distance unknown (distance 0.00)"
                        : String.format(Locale.ROOT, "%.1f km from home (distance %.2f)", km, distance));

        LocalDate day = job.slot().start().atZone(zone).toLocalDate();
        long working = provider.weeklyHours().windowsOn(day, zone).stream()
                .mapToLong(TimeRange::minutes)
                .sum();
        long booked = bookedMinutesOn(day, othersThan(job, provider));
        double workload = working == 0 ? 0 : Math.max(0, 1 - (double) booked / working);
        reasons.add(String.format(
                Locale.ROOT,
                "%s of %s working time booked that day (workload %.2f)",
                hours(booked),
                hours(working),
                workload));

        double stars = provider.ratings() == 0 ? NEUTRAL_STARS : (double) provider.ratingStars() / provider.ratings();
        double rating = stars / 5;
        reasons.add(
                provider.ratings() == 0
                        ? String.format(
                                Locale.ROOT, "no ratings yet, counted as %.1f stars (rating %.2f)", stars, rating)
                        : String.format(
                                Locale.ROOT,
                                "rated %.1f stars on average from %d rating%s (rating %.2f)",
                                stars,
                                provider.ratings(),
                                provider.ratings() == 1 ? "" : "s",
                                rating));

        int finished = provider.completed() + provider.notCompleted();
        double completion = finished == 0 ? NEUTRAL_COMPLETION_RATE : (double) provider.completed() / finished;
        reasons.add(
                finished == 0
                        ? String.format(
                                Locale.ROOT,
                                "no finished jobs yet, counted as %.0f%% (completion %.2f)",
                                completion * 100,
                                completion)
                        : String.format(
                                Locale.ROOT,
                                "completed %d of %d jobs (completion %.2f)",
                                provider.completed(),
                                finished,
                                completion));

        double score = (weights.distance() * distance
                        + weights.workload() * workload
                        + weights.rating() * rating
                        + weights.completion() * completion)
                / weights.total();
        return new Scored(new ProviderRanking.Candidate(provider.providerId(), round(score), List.copyOf(reasons)), km);
    }

    private long bookedMinutesOn(LocalDate day, List<BookedJob> others) {
        Instant dayStart = day.atStartOfDay(zone).toInstant();
        Instant dayEnd = day.plusDays(1).atStartOfDay(zone).toInstant();
        return others.stream()
                .mapToLong(other -> {
                    Instant start = max(other.slot().start(), dayStart);
                    Instant end = min(other.slot().end(), dayEnd);
                    return start.isBefore(end) ? Duration.between(start, end).toMinutes() : 0;
                })
                .sum();
    }

    /** The job itself never counts against its provider: it may be assigned to it already. */
    private static List<BookedJob> othersThan(Job job, ProviderFacts provider) {
        return provider.booked().stream()
                .filter(other -> !other.bookingId().equals(job.bookingId()))
                .toList();
    }

    private Duration travelTime(double km) {
        return Duration.ofSeconds((long) Math.ceil(km / travelKmPerHour * 3600));
    }

    static String normalized(String skill) {
        return skill == null ? "" : skill.strip().toLowerCase(Locale.ROOT);
    }

    /** Four decimals: providers equal to the eye are equal to the tie-breaks too. */
    private static double round(double score) {
        return Math.round(score * 10_000) / 10_000.0;
    }

    private static long minutesUp(Duration duration) {
        return (duration.getSeconds() + 59) / 60;
    }

    private static String hours(long minutes) {
        return minutes % 60 == 0
                ? (minutes / 60) + " h"
                : String.format(Locale.ROOT, "%d h %02d", minutes / 60, minutes % 60);
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
