package io.certflow.devstack;

import io.certflow.testkit.process.ProcessIdentity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The state directory's claim and its record of every process this devstack started, so that the next
 * start can find what a killed run left ({@code processes}: one line per process with its id, start
 * time and command line). A lock on {@code devstack.lock}, held while devstack runs and released by the
 * OS when it dies (even on kill -9), tells a dead run from a running one: the processes of a running
 * devstack are never touched.
 */
final class RunRecord implements AutoCloseable {

    static final String LOCK_FILE = "devstack.lock";
    static final String RECORD_FILE = "processes";
    private static final String SELF = "devstack";

    private final Path file;
    private final FileChannel lockChannel;

    private RunRecord(Path file, FileChannel lockChannel) {
        this.file = file;
        this.lockChannel = lockChannel;
    }

    /**
     * Claims {@code stateDir} for this JVM, stops what an earlier run left (saying what through {@code say}),
     * and starts a new record. Fails, touching nothing, while another devstack holds the directory.
     */
    static RunRecord claim(Path stateDir, Consumer<String> say) {
        StateDirs.create(stateDir);
        Path file = stateDir.resolve(RECORD_FILE);
        FileChannel channel = lock(stateDir, file);
        try {
            Leftovers.stop(stateDir, read(file), say);
            RunRecord record = new RunRecord(file, channel);
            record.write(List.of());
            ProcessIdentity.of(ProcessHandle.current()).ifPresent(self -> record.add(SELF, self));
            return record;
        } catch (RuntimeException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    /** Records a process this devstack started (a null handle is skipped). */
    synchronized void add(String name, ProcessHandle process) {
        if (process != null) {
            ProcessIdentity.of(process).ifPresent(identity -> add(name, identity));
        }
    }

    /** After a clean stop nothing is left to find; the lock goes last. */
    @Override
    public synchronized void close() {
        write(List.of());
        closeQuietly(lockChannel);
    }

    private void add(String name, ProcessIdentity identity) {
        List<Entry> entries = new ArrayList<>(read(file));
        entries.add(new Entry(name, identity));
        write(entries);
    }

    private void write(List<Entry> entries) {
        try {
            Path temp = file.resolveSibling(RECORD_FILE + ".new");
            Files.write(temp, entries.stream().map(Entry::line).toList(), StandardCharsets.UTF_8);
            Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    static List<Entry> read(Path file) {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(Entry::parse)
                    .flatMap(Optional::stream).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static FileChannel lock(Path stateDir, Path file) {
        try {
            FileChannel channel = FileChannel.open(stateDir.resolve(LOCK_FILE), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                closeQuietly(channel);
                throw new IllegalStateException("another devstack uses " + stateDir + runningOwner(file)
                        + "; stop it first (Ctrl-C in its terminal), or give this one its own DEVSTACK_STATE_DIR");
            }
            return channel;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock " + stateDir.resolve(LOCK_FILE), e);
        }
    }

    private static String runningOwner(Path file) {
        return read(file).stream().filter(entry -> entry.name().equals(SELF)).findFirst()
                .map(entry -> " (pid " + entry.identity().pid() + ")").orElse("");
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // The OS drops the lock with the process anyway.
        }
    }

    /** One recorded process: {@code name TAB pid TAB start-or-"-" TAB command line}. */
    record Entry(String name, ProcessIdentity identity) {

        String line() {
            return String.join("\t", name, String.valueOf(identity.pid()),
                    identity.startedAt() == null ? "-" : identity.startedAt().toString(),
                    identity.commandLine().replace('\n', ' ').replace('\t', ' '));
        }

        static Optional<Entry> parse(String line) {
            String[] fields = line.split("\t", 4);
            if (fields.length != 4) {
                return Optional.empty();
            }
            try {
                Instant startedAt = fields[2].equals("-") ? null : Instant.parse(fields[2]);
                return Optional.of(new Entry(fields[0], new ProcessIdentity(Long.parseLong(fields[1]), startedAt,
                        fields[3])));
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        }

        boolean isSelf() {
            return name.equals(SELF);
        }
    }
}
