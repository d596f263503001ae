package io.certflow.testkit.process;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Stops a process that is not our child (e.g. a postmaster that pg_ctl started in a session of its own)
 * when this JVM dies, however it dies. A tiny shell holds a stdin pipe from this JVM; at EOF it sends
 * the process {@code signal}, and SIGKILL if it still runs 10 s later. Closing the watchdog (normal
 * stop: the caller stops the process itself) ends the shell without touching the process. Without
 * {@code /bin/sh} (Windows) there is no watchdog, and devstack's next start cleans up instead.
 */
public final class Watchdog implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Watchdog.class);
    private static final Path SHELL = Path.of("/bin/sh");
    /** Ctrl-C and a closed terminal reach the whole process group; only EOF may wake the watchdog. */
    private static final String SCRIPT = """
            trap '' INT HUP
            cat >/dev/null 2>&1
            kill -"$2" "$1" 2>/dev/null || exit 0
            i=0
            while kill -0 "$1" 2>/dev/null; do
              i=$((i+1))
              if [ "$i" -ge 100 ]; then kill -KILL "$1" 2>/dev/null; exit 0; fi
              sleep 0.1
            done
            """;

    private final Process shell;

    private Watchdog(Process shell) {
        this.shell = shell;
    }

    /** @param signal as {@code kill} names it, e.g. {@code INT} (PostgreSQL's fast shutdown) */
    public static Watchdog watch(long pid, String signal) {
        if (!Files.isExecutable(SHELL)) {
            LOG.info("no {}: pid {} is not watched; a later devstack start stops it", SHELL, pid);
            return new Watchdog(null);
        }
        try {
            return new Watchdog(new ProcessBuilder(List.of(SHELL.toString(), "-c", SCRIPT, "watchdog",
                    String.valueOf(pid), signal)).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start());
        } catch (IOException e) {
            LOG.warn("cannot start a watchdog for pid {}; a later devstack start stops it", pid, e);
            return new Watchdog(null);
        }
    }

    /** The shell's process, for a registry of what this JVM started; null without a watchdog. */
    public ProcessHandle handle() {
        return shell == null ? null : shell.toHandle();
    }

    /** What the OS does when this JVM dies: the shell's stdin reaches EOF. For tests. */
    void ownerGone() throws IOException {
        if (shell != null) {
            shell.getOutputStream().close();
        }
    }

    /** Ends the watchdog without signalling the process. */
    @Override
    public void close() {
        if (shell == null) {
            return;
        }
        shell.descendants().forEach(ProcessHandle::destroyForcibly);
        shell.destroyForcibly();
        try {
            shell.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
