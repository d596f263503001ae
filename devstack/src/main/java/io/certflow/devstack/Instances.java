package io.certflow.devstack;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How many instances of each service run ({@code DEVSTACK_INSTANCES}, e.g.
 * {@code sectigo-gateway=2,cert-store=2}); services not named run once. The sandbox stays single: it
 * is Sectigo, one account for all gateways.
 */
final class Instances {

    static final int MAX = 9;
    private static final String NAME = "DEVSTACK_INSTANCES";

    private Instances() {
    }

    static Map<App, Integer> parse(String value) {
        Map<App, Integer> counts = new EnumMap<>(App.class);
        App.services().forEach(service -> counts.put(service, 1));
        if (value == null || value.isBlank()) {
            return counts;
        }
        Set<App> named = EnumSet.noneOf(App.class);
        for (String entry : value.split(",", -1)) {
            String[] moduleAndCount = entry.trim().split("=", -1);
            if (moduleAndCount.length != 2) {
                throw bad(entry, "expected <service>=<count>");
            }
            App service = service(moduleAndCount[0].trim()).orElseThrow(() -> bad(entry, "services are "
                    + String.join(", ", App.services().stream().map(App::module).toList())
                    + (moduleAndCount[0].trim().equals(App.SECTIGO_SANDBOX.module()) ? " (the sandbox stays single)"
                    : "")));
            if (!named.add(service)) {
                throw bad(entry, service.module() + " is named twice");
            }
            counts.put(service, count(entry, moduleAndCount[1].trim()));
        }
        return counts;
    }

    private static Optional<App> service(String module) {
        return App.services().stream().filter(app -> app.module().equals(module)).findFirst();
    }

    private static int count(String entry, String count) {
        try {
            int parsed = Integer.parseInt(count);
            if (parsed >= 1 && parsed <= MAX) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // Said below, with the entry.
        }
        throw bad(entry, "the count must be a whole number from 1 to " + MAX);
    }

    private static IllegalArgumentException bad(String entry, String why) {
        return new IllegalArgumentException(NAME + ": bad entry '" + entry.trim() + "': " + why);
    }
}
