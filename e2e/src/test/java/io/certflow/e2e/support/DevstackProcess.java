package io.certflow.e2e.support;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.certflow.testkit.postgres.Postmaster;
import io.certflow.testkit.process.ProcessIdentity;
import io.certflow.testkit.support.Ports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.awaitility.Awaitility.await;

/**
 * devstack's {@code Main} as a person runs it, in a process of its own (the code of this build: the
 * test's class path), with its state in {@code workDir/.devstack} and every port shifted by
 * {@code DEVSTACK_PORT_OFFSET}, so it never meets a devstack on the default ports or this JVM's stack.
 */
public final class DevstackProcess {

    public static final String UP = "certflow devstack is up";
    private static final Duration START = Duration.ofMinutes(3);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Offsets keep every port below the OS's ephemeral range, where Ports.free() could hand one out. */
    private static final int LOWEST_OFFSET = 10_000;
    private static final int HIGHEST_OFFSET = 23_000;
    private static final List<Integer> DEFAULT_PORTS = List.of(8081, 8082, 8083, 8084, 8085, 8090, 8025, 9092, 5432,
            2525);

    private final Process process;
    private final Path output;
    private final Path stateDir;
    private final int offset;

    private DevstackProcess(Process process, Path output, Path stateDir, int offset) {
        this.process = process;
        this.output = output;
        this.stateDir = stateDir;
        this.offset = offset;
    }

    /** An offset at which every default port of devstack is free now. */
    public static int freePortOffset() {
        while (true) {
            int offset = ThreadLocalRandom.current().nextInt(LOWEST_OFFSET, HIGHEST_OFFSET);
            if (DEFAULT_PORTS.stream().allMatch(port -> Ports.isFree(port + offset))) {
                return offset;
            }
        }
    }

    /** Starts devstack in {@code workDir}; {@code name} names its output file there. */
    public static DevstackProcess start(Path workDir, int offset, String name) {
        Path output = workDir.resolve(name + ".out");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), "io.certflow.devstack.Main");
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(output.toFile());
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(variable -> variable.startsWith("DEVSTACK_") || variable.startsWith("SECTIGO_"));
        environment.put("DEVSTACK_PORT_OFFSET", String.valueOf(offset));
        try {
            return new DevstackProcess(builder.start(), output, workDir.resolve(".devstack"), offset);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start devstack", e);
        }
    }

    /** Waits for the summary devstack prints once every application is healthy. */
    public DevstackProcess awaitUp() {
        await().atMost(START).pollInterval(Duration.ofSeconds(1)).until(() -> {
            if (!process.isAlive()) {
                throw new IllegalStateException("devstack exited with " + process.exitValue() + ":\n" + output());
            }
            return output().contains(UP);
        });
        return this;
    }

    public String output() {
        try {
            return Files.readString(output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url(int defaultPort) {
        return "http://127.0.0.1:" + (defaultPort + offset);
    }

    public int port(int defaultPort) {
        return defaultPort + offset;
    }

    /** Intake as acme-client, with the token this run of devstack wrote (a restart writes new ones). */
    public Intake intake() {
        return new Intake(url(8081), token(SystemUnderTest.ACME_CLIENT));
    }

    /** A persona's token from {@code .devstack/tokens.json}, as the README tells a person to read it. */
    public String token(String persona) {
        try {
            Map<String, String> tokens = JSON.readValue(stateDir.resolve("tokens.json").toFile(),
                    new TypeReference<Map<String, String>>() { });
            return Objects.requireNonNull(tokens.get(persona), persona);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Sandbox sandbox() {
        return new Sandbox(url(8090));
    }

    /** Subjects of the caught mail to {@code address}, over the mail HTTP API. */
    public List<String> subjectsTo(String address) {
        return Http.get(url(8025) + "/messages?to=" + address).list().stream()
                .map(mail -> String.valueOf(mail.get("subject"))).toList();
    }

    /**
     * devstack and everything it started: its process tree and PostgreSQL (which pg_ctl detached from
     * it), each as it can be recognised later.
     */
    public List<ProcessIdentity> processes() {
        List<ProcessIdentity> processes = new ArrayList<>();
        Stream.concat(Stream.of(process.toHandle()), process.descendants())
                .map(ProcessIdentity::of).flatMap(Optional::stream).forEach(processes::add);
        Postmaster.running(stateDir.resolve("postgres")).ifPresent(processes::add);
        return processes;
    }

    /** What a crashed terminal or the OOM killer does: SIGKILL, no shutdown hook runs. */
    public void kill() {
        process.destroyForcibly();
        waitFor(Duration.ofSeconds(10));
    }

    /** SIGTERM, as Ctrl-C: the orderly stop. True when devstack exited within {@code timeout}. */
    public boolean stop(Duration timeout) {
        process.destroy();
        return waitFor(timeout);
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    private boolean waitFor(Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
