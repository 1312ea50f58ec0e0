package dev.tandem.query.planner.domain;

import ai.timefold.solver.core.api.domain.common.PlanningId;
import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.variable.InverseRelationShadowVariable;
import ai.timefold.solver.core.api.domain.variable.PreviousElementShadowVariable;
import ai.timefold.solver.core.api.domain.variable.ShadowSources;
import ai.timefold.solver.core.api.domain.variable.ShadowVariable;
import java.util.Set;

/**
 * A booking of the planned day: where, when it may start (its arrival window; one instant when the start is
 * fixed), how long it takes, and which providers may do it at all. A confirmed job is fixed: it stays with its
 * provider at its time, and the plan works around it. Its provider, the job before it and its start follow from
 * the routes.
 */
@PlanningEntity
public class Visit implements Standstill {

    @PlanningId
    private String bookingId;

    private int place;
    private TravelMatrix travel;
    private long earliestStart;
    private long latestStart;
    private long duration;
    private long load;
    private Set<String> eligibleProviders;
    private String fixedProvider;

    @InverseRelationShadowVariable(sourceVariableName = "visits")
    private Route route;

    @PreviousElementShadowVariable(sourceVariableName = "visits")
    private Visit previous;

    @ShadowVariable(supplierName = "startSupplier")
    private Long start;

    Visit() {
        // for Timefold
    }

    /**
     * @param earliestStart the start of its arrival window, in seconds from the start of the day
     * @param latestStart the end of its window (the same as {@code earliestStart} when the start is fixed)
     * @param duration how long the job takes, in seconds
     * @param eligibleProviders those that pass every rule that does not depend on time (skills, radius, status)
     */
    public Visit(
            String bookingId,
            int place,
            TravelMatrix travel,
            long earliestStart,
            long latestStart,
            long duration,
            long load,
            Set<String> eligibleProviders) {
        this.bookingId = bookingId;
        this.place = place;
        this.travel = travel;
        this.earliestStart = earliestStart;
        this.latestStart = latestStart;
        this.duration = duration;
        this.load = load;
        this.eligibleProviders = Set.copyOf(eligibleProviders);
    }

    /** A confirmed job: it stays with this provider, at its start. */
    public static Visit fixed(
            String bookingId, int place, TravelMatrix travel, long start, long duration, String providerId) {
        Visit visit = new Visit(bookingId, place, travel, start, start, duration, 0, Set.of(providerId));
        visit.fixedProvider = providerId;
        return visit;
    }

    /**
     * The job starts as soon as its provider can be there, not before its window opens, and (for a job the plan
     * may move) at the first moment its provider's hours allow.
     */
    @ShadowSources({"route", "previous.start"})
    public Long startSupplier() {
        if (!isPlanned()) {
            return null;
        }
        Standstill from = previous != null ? previous : route;
        long leaving = previous != null ? previous.end() : route.leaveHomeFrom();
        return startFor(route, from.place(), leaving);
    }

    /** When this job would start with that provider, coming from that place at that time. */
    public long startFor(Route provider, int from, long leaving) {
        long arrival = Math.max(leaving + travel.seconds(from, place), earliestStart);
        return isFixed() ? arrival : provider.earliestStart(arrival, duration);
    }

    /** The provider a fixed job stays with (null for a job the plan may give to anyone eligible). */
    public String fixedProvider() {
        return fixedProvider;
    }

    /** From the job before, or from home for the day's first. */
    public long travelSecondsBefore() {
        Standstill from = previous != null ? previous : route;
        return travel.seconds(from.place(), place);
    }

    public long end() {
        return start + duration;
    }

    /** Minutes past its latest start, rounded up; 0 when on time or not planned. */
    public long minutesLate() {
        if (start == null || start <= latestStart) {
            return 0;
        }
        return (start - latestStart + 59) / 60;
    }

    /** The provider it is with, or null (for recommendations: a proposition that outlives the move). */
    public String routeId() {
        return route == null ? null : route.providerId();
    }

    /** With a provider: neither outside every route nor waiting on the unplanned one. */
    public boolean isPlanned() {
        return route != null && !route.isUnplanned();
    }

    public boolean mayBeDoneBy(Route candidate) {
        return eligibleProviders.contains(candidate.providerId());
    }

    public boolean isFixed() {
        return fixedProvider != null;
    }

    /** A fixed job somewhere else than with its provider at its time. */
    public boolean movedFromItsPlace() {
        return isFixed() && (!isPlanned() || !route.providerId().equals(fixedProvider) || start != earliestStart);
    }

    public String bookingId() {
        return bookingId;
    }

    @Override
    public int place() {
        return place;
    }

    @Override
    public TravelMatrix travel() {
        return travel;
    }

    public long earliestStart() {
        return earliestStart;
    }

    public long latestStart() {
        return latestStart;
    }

    public long duration() {
        return duration;
    }

    public long load() {
        return load;
    }

    public Route route() {
        return route;
    }

    public Visit previous() {
        return previous;
    }

    public Long start() {
        return start;
    }

    @Override
    public String toString() {
        return bookingId;
    }

    // Timefold reads and writes the annotated fields through these.

    public String getBookingId() {
        return bookingId;
    }

    public Route getRoute() {
        return route;
    }

    public void setRoute(Route route) {
        this.route = route;
    }

    public Visit getPrevious() {
        return previous;
    }

    public void setPrevious(Visit previous) {
        this.previous = previous;
    }

    public Long getStart() {
        return start;
    }

    public void setStart(Long start) {
        this.start = start;
    }
}
