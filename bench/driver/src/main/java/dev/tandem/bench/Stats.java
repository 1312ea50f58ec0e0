package dev.tandem.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Percentiles of measured latencies, in milliseconds. */
final class Stats {

    private Stats() {}

    static Map<String, Object> latencies(List<Double> millis) {
        double[] sorted =
                millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        var result = new LinkedHashMap<String, Object>();
        result.put("count", sorted.length);
        result.put("p50", percentile(sorted, 50));
        result.put("p95", percentile(sorted, 95));
        result.put("p99", percentile(sorted, 99));
        result.put("max", sorted.length == 0 ? 0 : sorted[sorted.length - 1]);
        return result;
    }

    static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return round(sorted[Math.clamp(index, 0, sorted.length - 1)]);
    }

    static double round100(double value) {
        return Math.round(value * 100) / 100.0;
    }

    static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    static double[] sorted(List<Double> values) {
        double[] array = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(array);
        return array;
    }
}
