package io.certflow.bench;

import io.certflow.bench.report.Report;

/**
 * {@code java -jar bench/target/bench.jar [a b c d e f] [--runs 3] [--out target/bench-results.json] [--name value …]}
 * against a running system (devstack on its default ports unless the URLs say otherwise).
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        Report report = Bench.run(options);
        report.writeJson(options.out());
        report.printTable(System.out);
        System.out.println("JSON: " + options.out().toAbsolutePath());
    }
}
