package dev.tandem.bench.planner;

import dev.tandem.query.planner.domain.DayPlan;
import dev.tandem.query.planner.solver.DayPlanSolver;
import dev.tandem.query.planner.solver.GreedyPlanner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Plans every Solomon instance of a folder twice, with the greedy plan and with the planner in its time limit,
 * and prints one JSON line per instance: distance, vehicles, feasibility and time of both ({@code bench/planner.py}
 * compares them with the best-known distances and writes the results).
 *
 * <p>Usage: {@code java -jar bench-planner.jar [--seconds 30] [--parallel 1] [--only R1,C101] [folder]}
 */
public final class SolomonBenchmark {

    private SolomonBenchmark() {}

    public static void main(String[] args) throws Exception {
        long seconds = 30;
        int parallel = 1;
        List<String> only = List.of();
        Path folder = Path.of("bench/planner/solomon");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--seconds" -> seconds = Long.parseLong(args[++i]);
                case "--parallel" -> parallel = Integer.parseInt(args[++i]);
                case "--only" -> only = List.of(args[++i].split(","));
                default -> folder = Path.of(args[i]);
            }
        }
        List<Path> files = instances(folder, only);
        var solver = new DayPlanSolver();
        Duration limit = Duration.ofSeconds(seconds);
        try (ExecutorService pool = Executors.newFixedThreadPool(parallel)) {
            var results = new ArrayList<Future<String>>();
            for (Path file : files) {
                results.add(pool.submit(() -> run(SolomonInstance.read(file), solver, limit)));
            }
            for (Future<String> result : results) {
                System.out.println(result.get());
            }
        }
    }

    private static List<Path> instances(Path folder, List<String> only) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.toString().endsWith(".txt"))
                    .filter(file -> only.isEmpty()
                            || only.stream()
                                    .anyMatch(prefix ->
                                            file.getFileName().toString().startsWith(prefix)))
                    .sorted()
                    .toList();
        }
    }

    private static String run(SolomonInstance instance, DayPlanSolver solver, Duration limit) {
        long began = System.nanoTime();
        DayPlan greedyPlan = SolomonDay.of(instance);
        GreedyPlanner.plan(greedyPlan);
        long greedyMs = (System.nanoTime() - began) / 1_000_000;
        SolomonRoutes greedy = SolomonRoutes.of(instance, greedyPlan);

        DayPlanSolver.Solved solved = solver.solve(SolomonDay.of(instance), limit, limit);
        SolomonRoutes planned = SolomonRoutes.of(instance, solved.plan());
        return String.format(
                Locale.ROOT,
                "{\"instance\": \"%s\", \"customers\": %d, \"planner\": %s, \"greedy\": %s}",
                instance.name(),
                instance.customers().size(),
                json(
                        planned,
                        solved.foundInMs(),
                        solved.solvedInMs(),
                        solved.plan().score().toString()),
                json(greedy, greedyMs, greedyMs, null));
    }

    private static String json(SolomonRoutes routes, long foundInMs, long ranForMs, String score) {
        return String.format(
                Locale.ROOT,
                "{\"distance\": %.2f, \"vehicles\": %d, \"served\": %d, \"feasible\": %b, \"foundInMs\": %d,"
                        + " \"ranForMs\": %d, \"score\": %s, \"problems\": %d}",
                routes.distance(),
                routes.vehicles(),
                routes.served(),
                routes.feasible(),
                foundInMs,
                ranForMs,
                score == null ? "null" : "\"" + score + "\"",
                routes.problems().size());
    }
}
