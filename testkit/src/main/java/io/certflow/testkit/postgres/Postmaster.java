package io.certflow.testkit.postgres;

import io.certflow.testkit.process.ProcessIdentity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What {@code postmaster.pid} in a data directory says: the id of the postmaster that holds it. Its
 * first line is the id, its second the data directory.
 */
public final class Postmaster {

    private static final String PID_FILE = "postmaster.pid";

    private Postmaster() {
    }

    /** The id written in {@code dataDirectory/postmaster.pid}; empty without the file. */
    public static Optional<Long> pid(Path dataDirectory) {
        try {
            List<String> lines = Files.readAllLines(dataDirectory.resolve(PID_FILE));
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * The running postmaster of {@code dataDirectory}: the file's id is alive and its command line is
     * a {@code postgres} started on this directory (not some other process that got the id later).
     */
    public static Optional<ProcessIdentity> running(Path dataDirectory) {
        String directory = dataDirectory.toAbsolutePath().normalize().toString();
        return pid(dataDirectory).flatMap(ProcessIdentity::of)
                .filter(process -> process.commandLine().contains("postgres")
                        && process.commandLine().contains(directory));
    }
}
