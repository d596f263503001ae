package io.certflow.testkit.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * A throw-away directory under {@code java.io.tmpdir}, locked by this JVM while it lives. The OS drops
 * the lock when the JVM dies, even on kill -9, so the next start can sweep what a killed run left.
 */
public final class RunDir implements AutoCloseable {

    private static final String PREFIX = "certflow-";
    private static final String LOCK = "owner.lock";
    /** Never probe our own locks: on Linux closing any channel to a file drops this JVM's lock on it. */
    private static final Set<Path> OWNED = ConcurrentHashMap.newKeySet();

    private final Path path;
    private final FileChannel lockChannel;

    private RunDir(Path path, FileChannel lockChannel) {
        this.path = path;
        this.lockChannel = lockChannel;
    }

    public static RunDir create(String component) {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        StaleRunDirs.sweep(tmp, PREFIX + component + "-", LOCK, OWNED::contains);
        try {
            Path path = Files.createTempDirectory(PREFIX + component + "-");
            OWNED.add(path);
            FileChannel channel = FileChannel.open(path.resolve(LOCK),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new IllegalStateException("cannot lock the fresh run dir " + path);
            }
            return new RunDir(path, channel);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a run dir for " + component, e);
        }
    }

    public Path path() {
        return path;
    }

    /** Releases the lock and deletes the directory. */
    @Override
    public void close() {
        try {
            lockChannel.close();
        } catch (IOException ignored) {
            // The lock dies with the channel or the JVM either way.
        }
        deleteQuietly(path);
        OWNED.remove(path);
    }

    /** Best effort: a file another process still holds open must not fail a shutdown. */
    static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(RunDir::deleteOne);
        } catch (IOException | UncheckedIOException ignored) {
            // What stays is swept by a later start.
        }
    }

    private static void deleteOne(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // See deleteQuietly.
        }
    }
}
