package io.certflow.bench.scenario;

import io.certflow.bench.BenchOptions;
import io.certflow.bench.load.CsrFactory;
import io.certflow.bench.load.Http;
import io.certflow.bench.load.OrderBodies;
import io.certflow.bench.load.Sandbox;

/** What every scenario shares: the options, the HTTP client, the sandbox's control API and the CSR keys. */
public record BenchContext(BenchOptions options, Http http, Sandbox sandbox, OrderBodies orders) {

    public static BenchContext create(BenchOptions options, Http http) {
        Sandbox sandbox = new Sandbox(http, options.text("sandbox-url"), options.text("sandbox-account"));
        return new BenchContext(options, http, sandbox, new OrderBodies(new CsrFactory(4)));
    }

    /** A tag unique to one run, so that names, request ids and pushes never meet an earlier run's. */
    public static String runTag(String scenario, int runIndex) {
        return scenario + Long.toString(System.currentTimeMillis(), 36) + "r" + runIndex;
    }
}
