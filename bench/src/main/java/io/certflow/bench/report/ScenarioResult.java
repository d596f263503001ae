package io.certflow.bench.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every run of one scenario and, per figure, the median and spread over the runs. A figure is
 * compared with its target by its median.
 */
public final class ScenarioResult {

    private final String id;
    private final String title;
    private final List<Target> targets;
    private final List<Figures> runs = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    public ScenarioResult(String id, String title, List<Target> targets) {
        this.id = id;
        this.title = title;
        this.targets = List.copyOf(targets);
    }

    public void addRun(Figures figures) {
        runs.add(figures);
    }

    public void addNote(String note) {
        notes.add(note);
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public List<Figures> runs() {
        return List.copyOf(runs);
    }

    public List<String> notes() {
        return List.copyOf(notes);
    }

    public List<Target> targets() {
        return targets;
    }

    /** Per figure: {@code median}, {@code min}, {@code max} over the runs. */
    public Map<String, Spread> summary() {
        Set<String> names = new LinkedHashSet<>();
        runs.forEach(run -> names.addAll(run.asMap().keySet()));
        Map<String, Spread> summary = new LinkedHashMap<>();
        for (String name : names) {
            double[] values = runs.stream().map(Figures::asMap).filter(run -> run.containsKey(name))
                    .mapToDouble(run -> run.get(name)).filter(value -> !Double.isNaN(value)).toArray();
            summary.put(name, Spread.of(values));
        }
        return summary;
    }

    public Target targetOf(String figure) {
        return targets.stream().filter(target -> target.figure().equals(figure)).findFirst().orElse(null);
    }

    /** Median, lowest and highest value of one figure over the runs (NaN when no run has it). */
    public record Spread(double median, double min, double max) {

        static Spread of(double[] values) {
            if (values.length == 0) {
                return new Spread(Double.NaN, Double.NaN, Double.NaN);
            }
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            int mid = sorted.length / 2;
            double median = sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
            return new Spread(median, sorted[0], sorted[sorted.length - 1]);
        }
    }
}
