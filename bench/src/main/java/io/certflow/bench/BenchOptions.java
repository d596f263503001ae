package io.certflow.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What to run and against what; every option has a default that fits devstack on its default ports.
 * Command line: scenario letters, then {@code --name value} pairs (names as in {@link #DEFAULTS}).
 */
public record BenchOptions(List<String> scenarios, Map<String, String> values) {

    public static final List<String> ALL_SCENARIOS = List.of("a", "b", "c", "d", "e", "f");

    static final Map<String, String> DEFAULTS = Map.ofEntries(
            Map.entry("intake-url", "http://localhost:8081"),
            Map.entry("webhook-url", "http://localhost:8083"),
            Map.entry("sandbox-url", "http://localhost:8090"),
            Map.entry("sandbox-account", "certflow-reseller"),
            Map.entry("kafka", "localhost:9092"),
            Map.entry("tokens", ".devstack/tokens.json"),
            Map.entry("persona", "acme-client"),
            Map.entry("tenant", "acme"),
            Map.entry("push-user", "sectigo-push"),
            Map.entry("push-password", "devstack-push-secret"),
            Map.entry("runs", "3"),
            Map.entry("out", "target/bench-results.json"),
            Map.entry("drain-timeout", "PT10M"),
            Map.entry("a-rate", "50"),
            Map.entry("a-orders", "1000"),
            Map.entry("b-rates", "2,5,10,25,50,100,150,200,300,400"),
            Map.entry("b-step", "PT20S"),
            Map.entry("c-orders", "10000"),
            Map.entry("c-call-limit", "20"),
            Map.entry("c-latency-ms", "1000"),
            Map.entry("d-rate", "200"),
            Map.entry("d-pushes", "6000"),
            Map.entry("e-forks", "1"),
            Map.entry("e-iterations", "5"),
            Map.entry("e-iteration-ms", "1000"),
            Map.entry("f-services", "order-intake,sectigo-gateway,webhook-receiver,cert-store,notifier"),
            Map.entry("f-idle", "PT5S"),
            Map.entry("service-ports", "order-intake=8081,sectigo-gateway=8082,webhook-receiver=8083,cert-store=8084,"
                    + "notifier=8085"));

    public static BenchOptions parse(String... args) {
        List<String> scenarios = new ArrayList<>();
        Map<String, String> values = new HashMap<>(DEFAULTS);
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--")) {
                String name = args[i].substring(2);
                if (!DEFAULTS.containsKey(name) || i + 1 >= args.length) {
                    throw new IllegalArgumentException("unknown option or missing value: " + args[i]
                            + " (options: " + DEFAULTS.keySet() + ")");
                }
                values.put(name, args[++i]);
            } else if (ALL_SCENARIOS.contains(args[i])) {
                scenarios.add(args[i]);
            } else {
                throw new IllegalArgumentException("unknown scenario " + args[i] + " (scenarios: " + ALL_SCENARIOS + ")");
            }
        }
        return new BenchOptions(scenarios.isEmpty() ? ALL_SCENARIOS : List.copyOf(scenarios), Map.copyOf(values));
    }

    /** The same options with {@code name} set to {@code value}. */
    public BenchOptions with(String name, String value) {
        Map<String, String> changed = new HashMap<>(values);
        changed.put(name, value);
        return new BenchOptions(scenarios, Map.copyOf(changed));
    }

    public String text(String name) {
        String value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("no option " + name);
        }
        return value;
    }

    public int integer(String name) {
        return Integer.parseInt(text(name));
    }

    public double number(String name) {
        return Double.parseDouble(text(name));
    }

    public Duration duration(String name) {
        return Duration.parse(text(name));
    }

    public List<String> list(String name) {
        return Arrays.stream(text(name).split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    public int runs() {
        return integer("runs");
    }

    public Path out() {
        return Path.of(text("out"));
    }

    /** Never prints the push password. */
    public Map<String, String> printable() {
        Map<String, String> shown = new HashMap<>(values);
        shown.put("push-password", "****");
        return shown;
    }
}
