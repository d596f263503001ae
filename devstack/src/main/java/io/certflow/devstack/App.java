package io.certflow.devstack;

import java.util.List;

/**
 * The applications devstack runs as child JVMs, with their default ports (docs/architecture.md,
 * "Ports").
 */
public enum App {
    SECTIGO_SANDBOX("sectigo-sandbox", 8090, null),
    ORDER_INTAKE("order-intake", 8081, "order_intake"),
    SECTIGO_GATEWAY("sectigo-gateway", 8082, "sectigo_gateway"),
    WEBHOOK_RECEIVER("webhook-receiver", 8083, "webhook_receiver"),
    CERT_STORE("cert-store", 8084, "cert_store"),
    NOTIFIER("notifier", 8085, "notifier");

    private final String module;
    private final int defaultPort;
    private final String database;

    App(String module, int defaultPort, String database) {
        this.module = module;
        this.defaultPort = defaultPort;
        this.database = database;
    }

    /** The five certflow services (everything but the sandbox). */
    public static List<App> services() {
        return List.of(ORDER_INTAKE, SECTIGO_GATEWAY, WEBHOOK_RECEIVER, CERT_STORE, NOTIFIER);
    }

    public String module() {
        return module;
    }

    public int defaultPort() {
        return defaultPort;
    }

    /** The service's own database on the shared PostgreSQL server; null for the sandbox. */
    public String database() {
        return database;
    }
}
