package io.certflow.bench.scenario;

import io.certflow.bench.load.Http;
import io.certflow.bench.process.LinuxProcess;
import io.certflow.bench.report.Figures;
import io.certflow.bench.report.ScenarioResult;
import io.certflow.bench.report.Target;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * f. Each service started alone, exactly as the running one was (its command line: JVM options and
 * jar; its environment: the running Kafka and PostgreSQL), on a spare port: seconds from process
 * start to {@code /health} answering UP, then its resident memory after an idle pause. Also the
 * resident memory of the running instance, which has just carried the other scenarios' load.
 */
public final class ServiceStartScenario implements Scenario {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(2);

    private final BenchContext context;

    public ServiceStartScenario(BenchContext context) {
        this.context = context;
    }

    @Override
    public String id() {
        return "f";
    }

    @Override
    public String title() {
        return "each service started alone: process start -> /health UP, idle RSS";
    }

    @Override
    public List<Target> targets() {
        List<Target> targets = new ArrayList<>();
        for (String service : context.options().list("f-services")) {
            targets.add(Target.atMost(service + ".startSeconds", 2));
            targets.add(Target.atMost(service + ".idleRssMB", 200));
        }
        return targets;
    }

    @Override
    public Figures run(int runIndex, ScenarioResult result) {
        Map<String, Integer> ports = ports(context.options().list("service-ports"));
        Figures figures = new Figures();
        for (String service : context.options().list("f-services")) {
            Integer port = ports.get(service);
            LinuxProcess running = port == null ? null : LinuxProcess.servingPort(port).orElse(null);
            if (running == null) {
                throw new IllegalStateException(service + " does not run on the port given by --service-ports");
            }
            if (runIndex == 0) {
                result.addNote(service + " started as: " + String.join(" ", jvmOptions(running.commandLine())));
            }
            figures.put(service + ".runningRssMB", running.residentMegabytes());
            startAlone(service, running, figures);
        }
        return figures;
    }

    private void startAlone(String service, LinuxProcess running, Figures figures) {
        int port = freePort();
        Map<String, String> environment = new HashMap<>(running.environment());
        environment.put("MICRONAUT_SERVER_PORT", String.valueOf(port));
        environment.computeIfPresent("SERVER_PORT", (k, v) -> String.valueOf(port));
        ProcessBuilder builder = new ProcessBuilder(running.commandLine()).redirectErrorStream(true)
                .redirectOutput(logFile(service).toFile());
        builder.environment().clear();
        builder.environment().putAll(environment);
        long started = System.nanoTime();
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + service, e);
        }
        try {
            awaitHealthy(service, "http://localhost:" + port + "/health", process);
            figures.put(service + ".startSeconds", (System.nanoTime() - started) / 1e9);
            LockSupport.parkNanos(context.options().duration("f-idle").toNanos());
            figures.put(service + ".idleRssMB", new LinuxProcess(process.pid()).residentMegabytes());
        } finally {
            stop(process);
        }
    }

    private void awaitHealthy(String service, String healthUrl, Process process) {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                var response = context.http().send(Http.request(healthUrl).timeout(Duration.ofSeconds(2)).GET().build());
                if (response.statusCode() == 200 && response.body().contains("UP")) {
                    return;
                }
            } catch (UncheckedIOException notListeningYet) {
                // keep polling until the server answers
            }
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
        throw new IllegalStateException(service + " did not answer /health UP; see " + logFile(service));
    }

    private static void stop(Process process) {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static List<String> jvmOptions(List<String> commandLine) {
        int jar = commandLine.indexOf("-jar");
        return jar < 0 ? commandLine : commandLine.subList(1, jar);
    }

    private static Map<String, Integer> ports(List<String> entries) {
        Map<String, Integer> ports = new HashMap<>();
        for (String entry : entries) {
            String[] parts = entry.split("=");
            ports.put(parts[0].trim(), Integer.parseInt(parts[1].trim()));
        }
        return ports;
    }

    private static Path logFile(String service) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "bench-logs"));
            return dir.resolve(service + "-alone.log");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
