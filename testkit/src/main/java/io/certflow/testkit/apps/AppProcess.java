package io.certflow.testkit.apps;

import io.certflow.testkit.support.Ports;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A certflow application (a service or the sandbox) started from its runnable jar in a JVM of its
 * own, configured only through environment variables, as in production, but in the Micronaut
 * environment {@code dev} unless the caller's variables name another. Ready when its
 * {@code /health} answers 200. Closing it stops the JVM; a JVM shutdown hook is the caller's choice
 * (see {@code ShutdownHooks.closeOnExit}). The JVM runs a private copy of the jar (deleted on close),
 * so rebuilding the module meanwhile cannot pull classes from under it. It runs under
 * {@link ExitWithParent}, so it exits by itself when this JVM dies, even on kill -9.
 */
public final class AppProcess implements AutoCloseable {

    /** Generous: on 2 cores shared by several builds a Micronaut service was seen to need over 90 s. */
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration STOP_GRACE = Duration.ofSeconds(15);
    /** Micronaut's; a caller's variables may set it to start an app as in production. */
    private static final String ENVIRONMENTS_VARIABLE = "MICRONAUT_ENVIRONMENTS";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private final String module;
    private final int port;
    private final Process process;
    private final Path log;
    private final Path jarCopy;

    private AppProcess(String module, int port, Process process, Path log, Path jarCopy) {
        this.module = module;
        this.port = port;
        this.process = process;
        this.log = log;
        this.jarCopy = jarCopy;
    }

    /** Starts {@code module} on a free port with {@code environment} and waits until it is healthy. */
    public static AppProcess start(String module, Map<String, String> environment) {
        return start(module, Ports.free(), environment, List.of("-Xmx256m"));
    }

    public static AppProcess start(String module, int port, Map<String, String> environment, List<String> jvmOptions) {
        Path log = RunnableJars.targetDir(module).resolve("app-logs").resolve(module + "-" + port + ".log");
        Path jarCopy = RunnableJars.privateCopy(module);
        try {
            List<String> command = new ArrayList<>(List.of(javaBinary()));
            command.addAll(jvmOptions);
            // Not -jar: the launcher runs the jar's main class and ends the JVM when its parent goes.
            command.addAll(List.of("-cp", Launcher.classPathEntry() + File.pathSeparator + jarCopy,
                    Launcher.mainClass(), RunnableJars.mainClass(jarCopy)));
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            // A development tool's app: the dev environment accepts development secrets and plain HTTP.
            builder.environment().put(ENVIRONMENTS_VARIABLE, "dev");
            builder.environment().putAll(environment);
            builder.environment().put("MICRONAUT_SERVER_PORT", String.valueOf(port));
            AppProcess app = new AppProcess(module, port, builder.start(), log, jarCopy);
            try {
                app.awaitHealthy();
            } catch (RuntimeException e) {
                app.close();
                throw e;
            }
            return app;
        } catch (IOException e) {
            RunnableJars.delete(jarCopy);
            throw new UncheckedIOException("cannot start " + module, e);
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public Path log() {
        return log;
    }

    public String module() {
        return module;
    }

    /**
     * False once the JVM has exited. Worth asking after start too: if another process answered
     * {@code /health} on the same port, this JVM may still fail to bind it and exit.
     */
    public boolean isAlive() {
        return process.isAlive();
    }

    /** Completes with the exit code when the JVM exits, for whatever reason. */
    public CompletableFuture<Integer> onExit() {
        return process.onExit().thenApply(Process::exitValue);
    }

    /** Ends the JVM at once (SIGKILL), as a crash would: no shutdown hook, no graceful stop. */
    public void kill() {
        try {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        RunnableJars.delete(jarCopy);
    }

    /** The JVM, e.g. to stop many side by side ({@code process.Stopping}) before closing each. */
    public ProcessHandle handle() {
        return process.toHandle();
    }

    @Override
    public void close() {
        close(STOP_GRACE);
    }

    /** SIGTERM, then SIGKILL if the JVM still runs after {@code grace}; deletes the jar copy. */
    public void close(Duration grace) {
        process.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        RunnableJars.delete(jarCopy);
    }

    private void awaitHealthy() {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (!isHealthy()) {
            if (exitedWithin(200)) {
                throw failure(module + " exited with code " + process.exitValue() + " before it was healthy");
            }
            if (System.nanoTime() > deadline) {
                throw failure(module + " was not healthy within " + READY_TIMEOUT.toSeconds() + " s");
            }
        }
    }

    private boolean isHealthy() {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + "/health"))
                    .timeout(Duration.ofSeconds(2)).build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Doubles as the poll pause: returns early only if the JVM died. */
    private boolean exitedWithin(long millis) {
        try {
            return process.waitFor(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    private IllegalStateException failure(String what) {
        return new IllegalStateException(what + "; log: " + log + "\n" + tail());
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
