package io.certflow.bench.report;

import java.util.Arrays;

/** Nearest-rank percentiles of a set of samples (milliseconds). */
public final class Percentiles {

    private final double[] sorted;

    private Percentiles(double[] sorted) {
        this.sorted = sorted;
    }

    public static Percentiles of(double[] samples) {
        double[] copy = samples.clone();
        Arrays.sort(copy);
        return new Percentiles(copy);
    }

    public int count() {
        return sorted.length;
    }

    /** {@code q} in (0, 1]; NaN when there are no samples. */
    public double at(double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
    }

    public double max() {
        return sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1];
    }

    /** Adds {@code <prefix>.p50/.p90/.p99/.max} to {@code figures}. */
    public void addTo(Figures figures, String prefix) {
        figures.put(prefix + ".p50", at(0.50));
        figures.put(prefix + ".p90", at(0.90));
        figures.put(prefix + ".p99", at(0.99));
        figures.put(prefix + ".max", max());
    }
}
