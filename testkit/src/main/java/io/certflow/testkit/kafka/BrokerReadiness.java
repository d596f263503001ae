package io.certflow.testkit.kafka;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Waits for the broker's "started" log line, failing fast (with the log tail) if the JVM exits. */
final class BrokerReadiness {

    private static final String STARTED = "Kafka Server started";
    private static final long POLL_MILLIS = 100;
    private static final int TAIL_LINES = 40;

    private final Process process;
    private final Path log;

    BrokerReadiness(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    void await(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!readLog().contains(STARTED)) {
            if (exitedWithin(POLL_MILLIS)) {
                throw failure("the broker JVM exited with code " + process.exitValue() + " before it was ready");
            }
            if (System.nanoTime() > deadline) {
                throw failure("the broker was not ready within " + timeout.toSeconds() + " s");
            }
        }
    }

    /** Doubles as the poll pause: returns early only if the broker died. */
    private boolean exitedWithin(long millis) {
        try {
            return process.waitFor(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the broker", e);
        }
    }

    private IllegalStateException failure(String reason) {
        List<String> lines = readLog().lines().toList();
        List<String> tail = lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size());
        String nl = System.lineSeparator();
        return new IllegalStateException(reason + "; log " + log + " ends with:" + nl + String.join(nl, tail));
    }

    private String readLog() {
        try {
            return Files.exists(log) ? Files.readString(log, StandardCharsets.ISO_8859_1) : "";
        } catch (IOException e) {
            return "";
        }
    }
}
