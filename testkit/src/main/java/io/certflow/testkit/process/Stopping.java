package io.certflow.testkit.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;

/**
 * Stops processes side by side: SIGTERM to all at once, then SIGKILL to whatever still runs after the
 * grace. So the total wait is one grace, however many processes there are.
 */
public final class Stopping {

    private static final Duration AFTER_KILL = Duration.ofSeconds(5);
    private static final long POLL_MILLIS = 100;

    private Stopping() {
    }

    public static void gracefully(Collection<ProcessHandle> processes, Duration grace) {
        List<ProcessHandle> alive = processes.stream().filter(Stopping::isRunning).toList();
        alive.forEach(ProcessHandle::destroy);
        if (!awaitExit(alive, grace)) {
            now(alive);
        }
    }

    /** SIGKILL to all, then waits briefly until the OS has taken them away. */
    public static void now(Collection<ProcessHandle> processes) {
        List<ProcessHandle> alive = processes.stream().filter(Stopping::isRunning).toList();
        alive.forEach(ProcessHandle::destroyForcibly);
        awaitExit(alive, AFTER_KILL);
    }

    /** True when every process has exited within {@code timeout}. */
    public static boolean awaitExit(Collection<ProcessHandle> processes, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (processes.stream().anyMatch(Stopping::isRunning)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    /**
     * Alive and not a zombie: a process that is not our child stays a zombie until its new parent reaps
     * it, which some container inits never do; it runs no code any more.
     */
    public static boolean isRunning(ProcessHandle process) {
        if (!process.isAlive()) {
            return false;
        }
        Path stat = Path.of("/proc", String.valueOf(process.pid()), "stat");
        try {
            String line = Files.readString(stat);
            int afterName = line.lastIndexOf(')');
            return afterName < 0 || line.length() < afterName + 3 || line.charAt(afterName + 2) != 'Z';
        } catch (IOException e) {
            return !Files.isDirectory(Path.of("/proc")) && process.isAlive();
        }
    }
}
