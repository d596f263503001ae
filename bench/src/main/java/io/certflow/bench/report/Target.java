package io.certflow.bench.report;

/** A target of issue 9 for one figure: {@code atMost} true means the figure must not exceed {@code bound}. */
public record Target(String figure, double bound, boolean atMost) {

    public static Target atMost(String figure, double bound) {
        return new Target(figure, bound, true);
    }

    public static Target atLeast(String figure, double bound) {
        return new Target(figure, bound, false);
    }

    public boolean metBy(double value) {
        return !Double.isNaN(value) && (atMost ? value <= bound : value >= bound);
    }

    public String describe() {
        return (atMost ? "<= " : ">= ") + Format.number(bound);
    }
}
