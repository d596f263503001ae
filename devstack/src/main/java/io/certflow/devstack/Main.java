package io.certflow.devstack;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar devstack/target/devstack.jar}: stops what a killed earlier run left, starts the
 * stack, prints where everything is once all of it is healthy, and stops everything on Ctrl-C (a
 * second Ctrl-C kills at once) or SIGTERM.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        PrintStream out = System.out;
        Map<String, String> environment = System.getenv();
        Path workDir = Path.of("");
        RunRecord record;
        StackSettings settings;
        try {
            new DevstackEnvironment(environment).validate();
            record = RunRecord.claim(StackSettings.stateDir(workDir, environment),
                    message -> out.println("devstack: " + message));
            // Only now: a port held by what the earlier run left is free again.
            settings = StackSettings.local(workDir, environment);
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            out.println("devstack cannot start: " + e.getMessage());
            System.exit(1);
            return;
        }
        List<String> taken = TakenPorts.of(settings);
        if (!taken.isEmpty()) {
            out.println("devstack cannot start:");
            taken.forEach(port -> out.println("  " + port));
            out.println("Stop that process, or move this stack with DEVSTACK_PORT_OFFSET.");
            record.close();
            System.exit(1);
        }
        run(Stack.create(settings, record), settings, out);
    }

    private static void run(Stack stack, StackSettings settings, PrintStream out) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            out.println("devstack: stopping everything (Ctrl-C again to kill at once)…");
            long startedAt = System.nanoTime();
            stack.close();
            stopped.countDown();
            out.printf("devstack: stopped in %.1f s (state kept in %s)%n", (System.nanoTime() - startedAt) / 1e9,
                    settings.stateDir());
        }, "devstack-shutdown"));
        Interrupts.install(stack, () -> out.println("devstack: killing everything now"));
        out.println("devstack: starting Kafka, PostgreSQL, SMTP, " + (settings.usesSandbox()
                ? "the Sectigo sandbox" : "no sandbox (SECTIGO_BASE_URL=" + settings.sectigo().baseUrl() + ")")
                + " and the services; state in " + settings.stateDir());
        if (settings.postgresMoved()) {
            out.println("devstack: port " + settings.preferredPostgresPort() + " is taken, PostgreSQL uses "
                    + settings.postgresPort());
        }
        try {
            stack.start();
        } catch (RuntimeException e) {
            out.println("devstack: start failed: " + e.getMessage());
            System.exit(1);
        }
        StackSummary.print(stack, out);
        stopped.await();
    }
}
