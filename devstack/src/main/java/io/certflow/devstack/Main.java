package io.certflow.devstack;

import io.certflow.testkit.support.Ports;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar devstack/target/devstack.jar}: starts the stack, prints where everything is once
 * all of it is healthy, and stops everything on Ctrl-C (SIGINT/SIGTERM run the shutdown hook).
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        PrintStream out = System.out;
        StackSettings settings = StackSettings.local(Path.of(""), System.getenv());
        List<String> taken = takenPorts(settings);
        if (!taken.isEmpty()) {
            out.println("devstack cannot start, ports in use: " + String.join(", ", taken));
            out.println("Is another devstack (or one of its services) still running?");
            System.exit(1);
        }
        Stack stack = Stack.create(settings);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            out.println("devstack: stopping everything…");
            stack.close();
            stopped.countDown();
            out.println("devstack: stopped (state kept in " + settings.stateDir() + ")");
        }, "devstack-shutdown"));
        out.println("devstack: starting Kafka, PostgreSQL, SMTP, " + (settings.usesSandbox()
                ? "the Sectigo sandbox" : "no sandbox (SECTIGO_BASE_URL=" + settings.sectigo().baseUrl() + ")")
                + " and the five services; state in " + settings.stateDir());
        if (settings.postgresMoved()) {
            out.println("devstack: port " + StackSettings.DEFAULT_POSTGRES_PORT + " is taken, PostgreSQL uses "
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

    private static List<String> takenPorts(StackSettings settings) {
        List<String> taken = new ArrayList<>();
        for (App app : App.values()) {
            if ((app != App.SECTIGO_SANDBOX || settings.usesSandbox()) && !Ports.isFree(settings.port(app))) {
                taken.add(settings.port(app) + " (" + app.module() + ")");
            }
        }
        if (!Ports.isFree(settings.kafkaPort())) {
            taken.add(settings.kafkaPort() + " (Kafka)");
        }
        if (!Ports.isFree(settings.mailHttpPort())) {
            taken.add(settings.mailHttpPort() + " (mail HTTP API)");
        }
        return taken;
    }
}
