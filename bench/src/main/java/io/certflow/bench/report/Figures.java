package io.certflow.bench.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The figures of one run of one scenario, by name, in the order they were measured. */
public final class Figures {

    private final Map<String, Double> values = new LinkedHashMap<>();

    public Figures put(String name, double value) {
        values.put(name, value);
        return this;
    }

    public double get(String name) {
        Double value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("no figure " + name + " in " + values.keySet());
        }
        return value;
    }

    public Map<String, Double> asMap() {
        return Collections.unmodifiableMap(values);
    }
}
