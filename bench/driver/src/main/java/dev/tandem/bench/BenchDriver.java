package dev.tandem.bench;

import java.util.Arrays;
import java.util.Map;

/**
 * The load driver of the benchmarks under {@code bench/}: the scripts there start a server, then run one of
 * these tasks against it in this separate process, so the load it makes is not measured as the server's.
 */
public final class BenchDriver {

    /** A task the scripts can run: {@code java -jar bench-driver.jar <task> [options]}. */
    interface Task {
        void run(String[] args) throws Exception;
    }

    private static final Map<String, Task> TASKS = Map.of(
            "live-load", new LiveLoad(),
            "idle", new IdleConnections(),
            "raw-inserts", new RawInserts(),
            "seed-events", new EventSeeder(),
            "deepen-business", new BusinessDeepener(),
            "seed-providers", new ProviderSeeder(),
            "flat-cost", new FlatCost());

    private BenchDriver() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || !TASKS.containsKey(args[0])) {
            System.err.println(
                    "usage: java -jar bench-driver.jar <" + String.join("|", TASKS.keySet()) + "> [options]");
            System.exit(2);
        }
        TASKS.get(args[0]).run(Arrays.copyOfRange(args, 1, args.length));
    }
}
