package dev.tandem.query.planner.solver;

import ai.timefold.solver.core.api.score.BendableScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.list.ListChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.list.ListRuinRecreateMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.list.ListSwapMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.list.SubListChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.list.SubListSwapMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.list.kopt.KOptListMoveSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import dev.tandem.query.planner.domain.DayPlan;
import dev.tandem.query.planner.domain.Route;
import dev.tandem.query.planner.domain.Visit;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Solves a day's plan within a time limit, and stops earlier when the plan has not improved for a while: the
 * answer comes in time on a small machine. One instance serves every business; each solve has its own solver.
 */
public final class DayPlanSolver {

    /** A plan as solved, how long solving took, and when the plan it answers was found. */
    public record Solved(DayPlan plan, long solvedInMs, long foundInMs) {}

    /**
     * How many steps back a move is compared with (late acceptance). On the Solomon instances at 30 s, 50 did
     * best over all 56 (mean gap 5.9 % against 6.6 % with 10, which helps only the clustered C1 instances, and
     * about the same as 400 on the worst ones): docs/planner.md.
     */
    private static final int LATE_ACCEPTANCE_SIZE = 50;

    /** Built once: building one compiles the constraints, which takes longer than many a small solve. */
    private final SolverFactory<DayPlan> factory = SolverFactory.create(config());

    private final SolutionManager<DayPlan, BendableScore> scores = SolutionManager.create(factory);

    public Solved solve(DayPlan problem, Duration limit, Duration unimprovedLimit) {
        long began = System.nanoTime();
        Solver<DayPlan> solver = factory.buildSolver(new SolverConfigOverride()
                .withTerminationConfig(
                        new TerminationConfig().withSpentLimit(limit).withUnimprovedSpentLimit(unimprovedLimit)));
        var found = new AtomicLong();
        solver.addEventListener(event -> found.set((System.nanoTime() - began) / 1_000_000));
        DayPlan solved = solver.solve(problem);
        return new Solved(solved, (System.nanoTime() - began) / 1_000_000, found.get());
    }

    /** Scores a plan as it stands (shadow variables filled), without solving it. */
    public BendableScore score(DayPlan plan) {
        return scores.update(plan);
    }

    /** Each solve says when to stop ({@link #solve}); the rest of the configuration is shared. */
    private static SolverConfig config() {
        return new SolverConfig()
                .withSolutionClass(DayPlan.class)
                .withEntityClasses(Route.class, Visit.class)
                .withConstraintProviderClass(DayPlanConstraints.class)
                .withPhases(new ConstructionHeuristicPhaseConfig(), localSearch());
    }

    /**
     * Late acceptance over the usual list moves plus ruin-and-recreate: taking a few jobs out and putting them
     * back where they fit best is what gets a day with tight windows out of a dead end (measured on the Solomon
     * instances, bench/planner.py: without it the plans travel about a fifth more).
     */
    private static LocalSearchPhaseConfig localSearch() {
        var moves = new UnionMoveSelectorConfig(List.of(
                new ListChangeMoveSelectorConfig(),
                new ListSwapMoveSelectorConfig(),
                new SubListChangeMoveSelectorConfig(),
                new SubListSwapMoveSelectorConfig(),
                new KOptListMoveSelectorConfig(),
                new ListRuinRecreateMoveSelectorConfig()));
        return new LocalSearchPhaseConfig()
                .withMoveSelectorConfig(moves)
                .withAcceptorConfig(new LocalSearchAcceptorConfig().withLateAcceptanceSize(LATE_ACCEPTANCE_SIZE))
                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1));
    }
}
