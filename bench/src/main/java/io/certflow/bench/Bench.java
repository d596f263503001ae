package io.certflow.bench;

import io.certflow.bench.load.Http;
import io.certflow.bench.report.Figures;
import io.certflow.bench.report.Report;
import io.certflow.bench.report.ScenarioResult;
import io.certflow.bench.scenario.BenchContext;
import io.certflow.bench.scenario.BurstScenario;
import io.certflow.bench.scenario.CsrValidationScenario;
import io.certflow.bench.scenario.IssueLatencyScenario;
import io.certflow.bench.scenario.PushAckScenario;
import io.certflow.bench.scenario.Scenario;
import io.certflow.bench.scenario.ServiceStartScenario;
import io.certflow.bench.scenario.ThroughputScenario;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Runs the chosen scenarios, each {@code --runs} times, and gathers the report. */
public final class Bench {

    private static final Logger LOG = LoggerFactory.getLogger(Bench.class);
    private static final Map<String, Function<BenchContext, Scenario>> SCENARIOS = Map.of(
            "a", IssueLatencyScenario::new, "b", ThroughputScenario::new, "c", BurstScenario::new,
            "d", PushAckScenario::new, "e", CsrValidationScenario::new, "f", ServiceStartScenario::new);

    private Bench() {
    }

    public static Report run(BenchOptions options) {
        Map<String, Object> environment = environment(options);
        List<ScenarioResult> results = new ArrayList<>();
        try (Http http = new Http()) {
            BenchContext context = BenchContext.create(options, http);
            for (String id : options.scenarios()) {
                results.add(runScenario(SCENARIOS.get(id).apply(context), options.runs()));
            }
        }
        return new Report(environment, results);
    }

    /** A failed run is kept as a note and the others go on: one broken figure must not hide the rest. */
    private static ScenarioResult runScenario(Scenario scenario, int runs) {
        ScenarioResult result = new ScenarioResult(scenario.id(), scenario.title(), scenario.targets());
        for (int run = 0; run < runs; run++) {
            LOG.info("scenario {} run {}/{}: {}", scenario.id(), run + 1, runs, scenario.title());
            try {
                Figures figures = scenario.run(run, result);
                result.addRun(figures);
                LOG.info("scenario {} run {}: {}", scenario.id(), run + 1, figures.asMap());
            } catch (RuntimeException e) {
                LOG.error("scenario {} run {} failed", scenario.id(), run + 1, e);
                result.addNote("run " + run + " failed: " + e);
            }
        }
        return result;
    }

    private static Map<String, Object> environment(BenchOptions options) {
        Map<String, Object> environment = new LinkedHashMap<>();
        environment.put("startedAt", Instant.now().toString());
        environment.put("commit", commit());
        environment.put("cores", Runtime.getRuntime().availableProcessors());
        environment.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        environment.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        environment.put("options", options.printable());
        return environment;
    }

    private static String commit() {
        try {
            Process git = new ProcessBuilder("git", "rev-parse", "--short", "HEAD").redirectErrorStream(true).start();
            String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return git.waitFor() == 0 ? out : "unknown";
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }
}
