package io.certflow.testkit.process;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Stops processes side by side: SIGTERM to all at once, then SIGKILL to whatever still runs after the
 * grace. So the total wait is one grace, however many processes there are.
 */
public final class Stopping {

    private static final Duration AFTER_KILL = Duration.ofSeconds(5);

    private Stopping() {
    }

    public static void gracefully(Collection<ProcessHandle> processes, Duration grace) {
        List<ProcessHandle> alive = processes.stream().filter(ProcessHandle::isAlive).toList();
        alive.forEach(ProcessHandle::destroy);
        if (!awaitExit(alive, grace)) {
            now(alive);
        }
    }

    /** SIGKILL to all, then waits briefly until the OS has taken them away. */
    public static void now(Collection<ProcessHandle> processes) {
        List<ProcessHandle> alive = processes.stream().filter(ProcessHandle::isAlive).toList();
        alive.forEach(ProcessHandle::destroyForcibly);
        awaitExit(alive, AFTER_KILL);
    }

    /** True when every process has exited within {@code timeout}. */
    public static boolean awaitExit(Collection<ProcessHandle> processes, Duration timeout) {
        CompletableFuture<?>[] exits = processes.stream().map(ProcessHandle::onExit)
                .toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(exits).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return processes.stream().noneMatch(ProcessHandle::isAlive);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
