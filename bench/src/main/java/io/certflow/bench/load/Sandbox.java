package io.certflow.bench.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.List;

/**
 * The sandbox's control API as the benchmark uses it: switch settings and faults for a scenario and
 * put the earlier values back afterwards, and read what Sectigo was asked and holds.
 */
public final class Sandbox {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * The balance set before each scenario: devstack's pays for about 3,300 orders, so a suite would
     * otherwise end in "Not enough credit" failures that look like a stalled system.
     */
    static final String FUNDED = "{\"balance\": 1000000000}";

    private final Http http;
    private final String baseUrl;
    private final String account;

    public Sandbox(Http http, String baseUrl, String account) {
        this.http = http;
        this.baseUrl = baseUrl;
        this.account = account;
    }

    /**
     * Funds the reseller account, applies {@code settingsJson} and {@code faultsJson} (partial updates;
     * null = unchanged) and returns a handle that restores the settings and faults from before (not the
     * balance: what the orders cost is spent).
     */
    public Restore change(String settingsJson, String faultsJson) {
        http.put(baseUrl + "/sandbox/accounts/" + account, FUNDED);
        String settingsBefore = http.get(baseUrl + "/sandbox/settings");
        String faultsBefore = http.get(baseUrl + "/sandbox/faults");
        if (settingsJson != null) {
            http.put(baseUrl + "/sandbox/settings", settingsJson);
        }
        if (faultsJson != null) {
            http.put(baseUrl + "/sandbox/faults", faultsJson);
        }
        return () -> {
            http.put(baseUrl + "/sandbox/settings", settingsBefore);
            http.put(baseUrl + "/sandbox/faults", faultsBefore);
        };
    }

    /** Every Sectigo-shaped call received so far. */
    public List<JsonNode> calls() {
        return list("/sandbox/calls");
    }

    /** Every order the sandbox holds. */
    public List<JsonNode> orders() {
        return list("/sandbox/orders");
    }

    private List<JsonNode> list(String path) {
        try {
            List<JsonNode> nodes = new ArrayList<>();
            JSON.readTree(http.get(baseUrl + path)).forEach(nodes::add);
            return nodes;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable answer of " + path, e);
        }
    }

    /** Puts the sandbox back as it was; never fails the scenario it closes. */
    @FunctionalInterface
    public interface Restore extends AutoCloseable {
        @Override
        void close();
    }
}
