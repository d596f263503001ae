package io.certflow.bench.scenario;

import io.certflow.bench.csr.CsrValidationBenchmark;
import io.certflow.bench.report.Figures;
import io.certflow.bench.report.ScenarioResult;
import io.certflow.bench.report.Target;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import java.util.Collection;
import java.util.List;

/**
 * e. Runs {@link CsrValidationBenchmark} with JMH, one forked JVM per run (warm-up, then measured
 * iterations), and reports both averages and their ratio. Needs no running system.
 */
public final class CsrValidationScenario implements Scenario {

    private final BenchContext context;

    public CsrValidationScenario(BenchContext context) {
        this.context = context;
    }

    @Override
    public String id() {
        return "e";
    }

    @Override
    public String title() {
        return "CSR validation vs bare Bouncy Castle parse + signature check (JMH, RSA-2048)";
    }

    @Override
    public List<Target> targets() {
        return List.of(Target.atMost("csr.ratio", 1.25));
    }

    @Override
    public Figures run(int runIndex, ScenarioResult result) {
        var options = context.options();
        TimeValue iteration = TimeValue.milliseconds(options.integer("e-iteration-ms"));
        var jmh = new OptionsBuilder().include(CsrValidationBenchmark.class.getName() + ".*")
                .forks(options.integer("e-forks")).warmupIterations(options.integer("e-iterations"))
                .warmupTime(iteration).measurementIterations(options.integer("e-iterations"))
                .measurementTime(iteration).threads(1).shouldFailOnError(true).build();
        try {
            Collection<RunResult> results = new Runner(jmh).run();
            double certflow = score(results, "certflowCsrParser");
            double bare = score(results, "bareParseAndSignatureCheck");
            return new Figures().put("csr.certflowMicros", certflow).put("csr.bareMicros", bare)
                    .put("csr.ratio", certflow / bare);
        } catch (RunnerException e) {
            throw new IllegalStateException("JMH failed", e);
        }
    }

    private static double score(Collection<RunResult> results, String method) {
        return results.stream().filter(r -> r.getParams().getBenchmark().endsWith("." + method)).findFirst()
                .orElseThrow(() -> new IllegalStateException("JMH gave no result for " + method))
                .getPrimaryResult().getScore();
    }
}
