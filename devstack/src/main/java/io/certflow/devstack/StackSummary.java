package io.certflow.devstack;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

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
        out.printf(ROW, "kafka", stack.kafka().bootstrapServers(), "topics certflow.*.v1 (+ .dlt), "
                + settings.partitions() + " partitions");
        out.printf(ROW, "token issuer", stack.tokens().issuer().issuer(), "JWKS " + stack.tokens().issuer().jwksUrl());
        out.printf(ROW, "postgresql", "jdbc:postgresql://localhost:" + stack.postgresPort() + "/<service>",
                "user " + stack.postgres().username() + ", password " + stack.postgres().password()
                        + (settings.postgresMoved() ? " (5432 was taken)" : ""));
        out.println();
        out.println("Tokens (valid for a day, rewritten at every start): " + stack.tokens().file());
        out.println("  acme-client, acme-reader, globex-client, operator; e.g.");
        out.println("  ACME=$(jq -r '.\"acme-client\"' " + stack.tokens().file() + ")");
        out.println();
        out.println("Logs:");
        for (App app : App.values()) {
            stack.processes(app).forEach(process -> out.printf("  %-17s %s%n", app.module(), process.log()));
        }
        out.printf("  %-17s %s%n", "kafka", stack.embeddedKafka().logFile());
        out.println();
        out.println("JVM profile " + settings.profile().name().toLowerCase(Locale.ROOT) + ": "
                + String.join(" ", settings.profile().jvmOptions()) + " (DEVSTACK_PROFILE).");
        out.println("State (kept across restarts): " + settings.stateDir() + ". Ctrl-C stops everything.");
        out.println();
    }

    /** One row per instance: the first carries the notes, further ones say which instance they are. */
    private static void app(Stack stack, PrintStream out, App app, String notes) {
        List<Integer> ports = stack.settings().ports(app);
        for (int i = 0; i < ports.size(); i++) {
            out.printf(ROW, app.module(), "http://localhost:" + ports.get(i),
                    i == 0 ? notes : "instance " + (i + 1) + " of " + ports.size());
        }
    }
}
