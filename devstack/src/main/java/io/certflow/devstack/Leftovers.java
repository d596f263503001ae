package io.certflow.devstack;

import io.certflow.testkit.postgres.Postmaster;
import io.certflow.testkit.process.ProcessIdentity;
import io.certflow.testkit.process.Stopping;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What a killed devstack left running: every process of its record that still runs as the same
 * program (id, start time and command line all match), and a postmaster still serving this state
 * directory's cluster (only devstack starts one there; this also finds one left by a devstack from
 * before the record existed). Applications and the broker go first, side by side, so that PostgreSQL
 * has no clients left when it is asked to stop.
 */
final class Leftovers {

    static final Duration GRACE = Duration.ofSeconds(10);

    private Leftovers() {
    }

    static void stop(Path stateDir, List<RunRecord.Entry> recorded, Consumer<String> say) {
        List<RunRecord.Entry> clients = new ArrayList<>();
        List<RunRecord.Entry> servers = new ArrayList<>();
        for (RunRecord.Entry entry : recorded) {
            if (!entry.isSelf() && entry.identity().running().isPresent()) {
                (entry.name().equals(Stack.POSTGRES) ? servers : clients).add(entry);
            }
        }
        Path postgresDir = stateDir.resolve("postgres");
        Postmaster.running(postgresDir).filter(postmaster -> servers.stream()
                        .noneMatch(entry -> entry.identity().pid() == postmaster.pid()))
                .ifPresent(postmaster -> servers.add(new RunRecord.Entry(Stack.POSTGRES, postmaster)));
        stopAll(clients, say);
        stopAll(servers, say);
        removeStalePidFile(postgresDir, say);
    }

    private static void stopAll(List<RunRecord.Entry> entries, Consumer<String> say) {
        if (entries.isEmpty()) {
            return;
        }
        say.accept("stopping what an earlier devstack left running: " + String.join(", ", entries.stream()
                .map(entry -> entry.name() + " (pid " + entry.identity().pid() + ")").toList()));
        Stopping.gracefully(entries.stream().map(entry -> entry.identity().running()).flatMap(Optional::stream)
                .toList(), GRACE);
    }

    /**
     * PostgreSQL refuses a data directory whose {@code postmaster.pid} names a live process, even an
     * unrelated one that got the id after a crash. No PostgreSQL runs there any more (stopped above),
     * so such a file is stale.
     */
    private static void removeStalePidFile(Path postgresDir, Consumer<String> say) {
        Optional<Long> pid = Postmaster.pid(postgresDir);
        if (pid.isEmpty() || Postmaster.running(postgresDir).isPresent()) {
            return;
        }
        Optional<ProcessIdentity> holder = pid.flatMap(ProcessIdentity::of);
        if (holder.isPresent()) {
            say.accept(postgresDir.resolve("postmaster.pid") + " names pid " + pid.get() + ", which is not a "
                    + "PostgreSQL on this directory (" + holder.get().commandLine() + "): removing the stale file");
            try {
                Files.deleteIfExists(postgresDir.resolve("postmaster.pid"));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot remove the stale " + postgresDir.resolve("postmaster.pid"), e);
            }
        }
    }
}
