package dev.tandem.query.planner.domain;

import ai.timefold.solver.core.api.domain.common.PlanningId;
import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.variable.PlanningListVariable;
import java.util.ArrayList;
import java.util.List;

/**
 * One provider's day: where it starts and ends (its home), when its jobs may take place, and the jobs the plan
 * gives it, in the order it does them. Times are seconds from the start of the planned day.
 */
@PlanningEntity
public class Route implements Standstill {

    /** No limit on when the provider is back home, or on how much it can carry. */
    public static final long UNLIMITED = Long.MAX_VALUE;

    static final String UNPLANNED = "unplanned";

    @PlanningId
    private String providerId;

    private String name;
    private int home;
    private TravelMatrix travel;
    private long leaveHomeFrom;
    private long backHomeBy;
    private List<Span> workingHours;
    private List<Span> timeOff;
    private long capacity;
    private double rating;

    /**
     * Jobs the plan leaves without a provider wait on the {@link #unplanned()} route rather than outside every
     * list: the solver's ruin-and-recreate moves need every job on some list.
     */
    @PlanningListVariable
    private List<Visit> visits = new ArrayList<>();

    Route() {
        // for Timefold
    }

    /**
     * @param leaveHomeFrom the earliest the provider sets off
     * @param backHomeBy when it must be home again ({@link #UNLIMITED}: no limit)
     * @param workingHours when its jobs may take place, in order
     * @param timeOff when none may
     * @param capacity how much load its jobs may add up to ({@link #UNLIMITED}: no limit)
     * @param rating its customers' average rating, 0 when it has none
     */
    public Route(
            String providerId,
            String name,
            int home,
            TravelMatrix travel,
            long leaveHomeFrom,
            long backHomeBy,
            List<Span> workingHours,
            List<Span> timeOff,
            long capacity,
            double rating) {
        this.providerId = providerId;
        this.name = name;
        this.home = home;
        this.travel = travel;
        this.leaveHomeFrom = leaveHomeFrom;
        this.backHomeBy = backHomeBy;
        this.workingHours = List.copyOf(workingHours);
        this.timeOff = List.copyOf(timeOff);
        this.capacity = capacity;
        this.rating = rating;
    }

    /** Where the jobs nobody can take this day wait: no home, no hours, no travel. */
    public static Route unplanned() {
        return new Route(UNPLANNED, "Unplanned", 0, null, 0, UNLIMITED, List.of(), List.of(), UNLIMITED, 0);
    }

    public boolean isUnplanned() {
        return isUnplanned(providerId);
    }

    public static boolean isUnplanned(String providerId) {
        return UNPLANNED.equals(providerId);
    }

    /**
     * The earliest start, from {@code from} on, at which a job of this length lies inside the working hours and
     * clear of time off; {@code from} itself when none does (the plan then breaks a rule, and says so).
     */
    long earliestStart(long from, long duration) {
        for (Span hours : workingHours) {
            long start = Math.max(from, hours.start());
            start = afterTimeOff(start, duration);
            if (hours.holds(start, duration)) {
                return start;
            }
        }
        return from;
    }

    private long afterTimeOff(long start, long duration) {
        boolean moved = true;
        while (moved) {
            moved = false;
            for (Span off : timeOff) {
                if (off.overlaps(start, duration)) {
                    start = off.end();
                    moved = true;
                }
            }
        }
        return start;
    }

    public boolean withinWorkingHours(long start, long duration) {
        return workingHours.stream().anyMatch(hours -> hours.holds(start, duration));
    }

    public boolean duringTimeOff(long start, long duration) {
        return timeOff.stream().anyMatch(off -> off.overlaps(start, duration));
    }

    /** From home to each job in turn and back home, in seconds. */
    public long travelSeconds() {
        return travelSeconds(visits);
    }

    /** From home to each of these jobs in turn and back home, in seconds. */
    public long travelSeconds(List<Visit> sequence) {
        if (isUnplanned() || sequence.isEmpty()) {
            return 0;
        }
        long total = 0;
        int at = home;
        for (Visit visit : sequence) {
            total += travel.seconds(at, visit.place());
            at = visit.place();
        }
        return total + travel.seconds(at, home);
    }

    /** When the provider is home again after its last job. */
    public long backHomeAt() {
        if (visits.isEmpty()) {
            return leaveHomeFrom;
        }
        Visit last = visits.getLast();
        return last.end() + travel.seconds(last.place(), home);
    }

    public long load() {
        return visits.stream().mapToLong(Visit::load).sum();
    }

    /** How long its jobs take, in minutes: its share of the day's work. */
    public long workMinutes() {
        return visits.stream().mapToLong(Visit::duration).sum() / 60;
    }

    public String providerId() {
        return providerId;
    }

    public String name() {
        return name;
    }

    @Override
    public int place() {
        return home;
    }

    @Override
    public TravelMatrix travel() {
        return travel;
    }

    public long leaveHomeFrom() {
        return leaveHomeFrom;
    }

    public long backHomeBy() {
        return backHomeBy;
    }

    public long capacity() {
        return capacity;
    }

    public double rating() {
        return rating;
    }

    public List<Visit> visits() {
        return visits;
    }

    @Override
    public String toString() {
        return providerId;
    }

    // Timefold reads and writes the annotated fields through these.

    public String getProviderId() {
        return providerId;
    }

    public List<Visit> getVisits() {
        return visits;
    }

    public void setVisits(List<Visit> visits) {
        this.visits = visits;
    }
}
