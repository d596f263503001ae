package io.certflow.bench.scenario;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.certflow.bench.BenchOptions;
import io.certflow.bench.load.CsrFactory;
import io.certflow.bench.load.Http;
import io.certflow.bench.load.OrderBodies;
import io.certflow.bench.load.Sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** What every scenario shares: the options, the HTTP client, the sandbox's control API and the CSR keys. */
public record BenchContext(BenchOptions options, Http http, Sandbox sandbox, OrderBodies orders) {

    public static BenchContext create(BenchOptions options, Http http) {
        Sandbox sandbox = new Sandbox(http, options.text("sandbox-url"), options.text("sandbox-account"));
        return new BenchContext(options, http, sandbox, new OrderBodies(new CsrFactory(4), options.text("tenant")));
    }

    /** The bearer token of the {@code persona} option, from the {@code tokens} file devstack writes. */
    public String token() {
        Path file = Path.of(options.text("tokens"));
        try {
            String token = new ObjectMapper().readTree(file.toFile()).path(options.text("persona")).asText(null);
            if (token == null) {
                throw new IllegalArgumentException(file + " has no token for " + options.text("persona"));
            }
            return token;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the tokens devstack writes: " + file, e);
        }
    }

    /** A tag unique to one run, so that names, request ids and pushes never meet an earlier run's. */
    public static String runTag(String scenario, int runIndex) {
        return scenario + Long.toString(System.currentTimeMillis(), 36) + "r" + runIndex;
    }
}
