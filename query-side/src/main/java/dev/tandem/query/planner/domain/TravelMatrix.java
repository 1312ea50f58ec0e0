package dev.tandem.query.planner.domain;

/**
 * How long it takes to go from each place of a day's plan to each other, in whole seconds (rounded up, so a plan
 * that fits by these figures fits by the exact ones too). Places are numbered from 0; a home and a job at the
 * same address may share a number.
 */
public final class TravelMatrix {

    private final long[][] seconds;

    public TravelMatrix(long[][] seconds) {
        for (long[] row : seconds) {
            if (row.length != seconds.length) {
                throw new IllegalArgumentException("a travel matrix is square");
            }
        }
        this.seconds = seconds;
    }

    public long seconds(int from, int to) {
        return seconds[from][to];
    }

    public int places() {
        return seconds.length;
    }
}
