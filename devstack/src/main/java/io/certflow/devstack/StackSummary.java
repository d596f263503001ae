package io.certflow.devstack;

import java.io.PrintStream;

/** The table {@link Main} prints once everything is healthy. */
final class StackSummary {

    private static final String ROW = "  %-17s %-44s %s%n";

    private StackSummary() {
    }

    static void print(Stack stack, PrintStream out) {
        StackSettings settings = stack.settings();
        out.println();
        out.println("certflow devstack is up; every service answers /health.");
        out.printf(ROW, "component", "where", "notes");
        app(stack, out, App.ORDER_INTAKE, "POST /orders, GET /orders/{id}");
        app(stack, out, App.SECTIGO_GATEWAY, "management only");
        app(stack, out, App.WEBHOOK_RECEIVER, "Sectigo push: /sectigo/push");
        app(stack, out, App.CERT_STORE, "GET /certificates?orderId=…");
        app(stack, out, App.NOTIFIER, "emails via SMTP");
        if (settings.usesSandbox()) {
            app(stack, out, App.SECTIGO_SANDBOX, "Sectigo API /products/…, control /sandbox/…");
        } else {
            out.printf(ROW, "Sectigo", settings.sectigo().baseUrl(), "SECTIGO_BASE_URL (no sandbox)");
        }
        out.printf(ROW, "mail", stack.mailUrl(), "caught mail (JSON); SMTP " + stack.smtp().host() + ":"
                + stack.smtp().port());
        out.printf(ROW, "kafka", stack.kafka().bootstrapServers(), "topics certflow.*.v1 (+ .dlt), 3 partitions");
        out.printf(ROW, "postgresql", "jdbc:postgresql://localhost:" + stack.postgresPort() + "/<service>",
                "user " + stack.postgres().username() + ", password " + stack.postgres().password()
                        + (settings.postgresMoved() ? " (5432 was taken)" : ""));
        out.println();
        out.println("Logs:");
        for (App app : App.values()) {
            if (stack.process(app) != null) {
                out.printf("  %-17s %s%n", app.module(), stack.process(app).log());
            }
        }
        out.printf("  %-17s %s%n", "kafka", stack.embeddedKafka().logFile());
        out.println();
        out.println("State (kept across restarts): " + settings.stateDir() + ". Ctrl-C stops everything.");
        out.println();
    }

    private static void app(Stack stack, PrintStream out, App app, String notes) {
        out.printf(ROW, app.module(), "http://localhost:" + stack.settings().port(app), notes);
    }
}
