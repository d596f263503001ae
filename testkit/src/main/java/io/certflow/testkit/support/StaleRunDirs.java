package io.certflow.testkit.support;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** Deletes run dirs whose owning JVM is gone, i.e. whose lock nobody holds any more. */
final class StaleRunDirs {

    /** A directory this young may belong to a JVM that has created it but not locked it yet. */
    private static final Duration GRACE = Duration.ofMinutes(1);

    private StaleRunDirs() {
    }

    static void sweep(Path parent, String prefix, String lockName, Predicate<Path> ownedHere) {
        try (Stream<Path> entries = Files.list(parent)) {
            List<Path> candidates = entries
                    .filter(path -> path.getFileName().toString().startsWith(prefix))
                    .filter(Files::isDirectory)
                    .filter(ownedHere.negate())
                    .toList();
            candidates.stream().filter(dir -> isStale(dir, lockName)).forEach(RunDir::deleteQuietly);
        } catch (IOException ignored) {
            // Sweeping is housekeeping; it must never fail a start.
        }
    }

    private static boolean isStale(Path dir, String lockName) {
        try {
            FileTime modified = Files.getLastModifiedTime(dir);
            if (modified.toInstant().isAfter(Instant.now().minus(GRACE))) {
                return false;
            }
            Path lockFile = dir.resolve(lockName);
            return !Files.exists(lockFile) || lockIsFree(lockFile);
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean lockIsFree(Path lockFile) throws IOException {
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            return lock != null;
        }
    }
}
