package io.certflow.bench.scenario;

import io.certflow.bench.report.Figures;
import io.certflow.bench.report.ScenarioResult;
import io.certflow.bench.report.Target;

import java.util.List;

/** One benchmark of issue 9 (a–f). A run measures once; notes say what a reader must know about it. */
public interface Scenario {

    String id();

    String title();

    List<Target> targets();

    /** Measures once; {@code result} takes notes (e.g. how the load was submitted, what did not finish). */
    Figures run(int runIndex, ScenarioResult result);
}
