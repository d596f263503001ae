package io.certflow.bench.scenario;

import io.certflow.bench.csr.CsrValidationBenchmark;
import io.certflow.bench.csr.HostileCsrBenchmark;
import io.certflow.bench.csr.HostileCsrs;
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
import java.util.Locale;

/**
 * e. Runs {@link CsrValidationBenchmark} and {@link HostileCsrBenchmark} with JMH, one forked JVM per run
 * (warm-up, then measured iterations): the averages of certflow's and the bare validation and their
 * ratio, and what each hostile kind of CSR costs, with the dearest as the figure held to its goal.
 * Needs no running system.
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
        return "CSR validation vs bare Bouncy Castle parse + signature check (JMH, RSA-2048); hostile CSRs";
    }

    @Override
    public List<Target> targets() {
        return List.of(Target.atMost("csr.ratio", 1.25), Target.atMost("csr.hostileMaxMillis", 50));
    }

    @Override
    public Figures run(int runIndex, ScenarioResult result) {
        var options = context.options();
        TimeValue iteration = TimeValue.milliseconds(options.integer("e-iteration-ms"));
        var jmh = new OptionsBuilder().include(CsrValidationBenchmark.class.getName() + ".*")
                .include(HostileCsrBenchmark.class.getName() + ".*")
                .forks(options.integer("e-forks")).warmupIterations(options.integer("e-iterations"))
                .warmupTime(iteration).measurementIterations(options.integer("e-iterations"))
                .measurementTime(iteration).threads(1).shouldFailOnError(true).build();
        try {
            Collection<RunResult> results = new Runner(jmh).run();
            double certflow = score(results, "certflowCsrParser");
            double bare = score(results, "bareParseAndSignatureCheck");
            Figures figures = new Figures().put("csr.certflowMicros", certflow).put("csr.bareMicros", bare)
                    .put("csr.ratio", certflow / bare);
            double dearest = 0;
            for (HostileCsrs.Kind kind : HostileCsrs.Kind.values()) {
                double millis = hostileScore(results, kind);
                figures.put("csr.hostile." + kind.name().toLowerCase(Locale.ROOT) + "Millis", millis);
                dearest = Math.max(dearest, millis);
                if (runIndex == 0) {
                    result.addNote("hostile CSR " + kind + ": " + HostileCsrBenchmark.outcome(kind));
                }
            }
            return figures.put("csr.hostileMaxMillis", dearest);
        } catch (RunnerException e) {
            throw new IllegalStateException("JMH failed", e);
        }
    }

    private static double hostileScore(Collection<RunResult> results, HostileCsrs.Kind kind) {
        return results.stream().filter(r -> r.getParams().getBenchmark().startsWith(HostileCsrBenchmark.class.getName())
                        && kind.name().equals(r.getParams().getParam("kind"))).findFirst()
                .orElseThrow(() -> new IllegalStateException("JMH gave no result for hostile " + kind))
                .getPrimaryResult().getScore();
    }

    private static double score(Collection<RunResult> results, String method) {
        return results.stream().filter(r -> r.getParams().getBenchmark().endsWith("." + method)).findFirst()
                .orElseThrow(() -> new IllegalStateException("JMH gave no result for " + method))
                .getPrimaryResult().getScore();
    }
}
