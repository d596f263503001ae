package io.certflow.testkit.process;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * A process as it can be recognised again later: its id, when it started and its command line. An id
 * alone is not enough, because the OS reuses ids; a process counts as the same only when all three
 * still match.
 *
 * @param startedAt   null when the OS does not tell
 * @param commandLine the program and its arguments on one line, separated by single spaces
 */
public record ProcessIdentity(long pid, Instant startedAt, String commandLine) {

    /** The running process's identity, or empty when it is gone or the OS hides its command line. */
    public static Optional<ProcessIdentity> of(long pid) {
        return ProcessHandle.of(pid).flatMap(ProcessIdentity::of);
    }

    public static Optional<ProcessIdentity> of(ProcessHandle process) {
        String commandLine = commandLine(process);
        if (commandLine == null || !process.isAlive()) {
            return Optional.empty();
        }
        return Optional.of(new ProcessIdentity(process.pid(), process.info().startInstant().orElse(null),
                commandLine));
    }

    /** The live process this identity names, if it still runs and is still the same program. */
    public Optional<ProcessHandle> running() {
        return of(pid).filter(this::sameAs).flatMap(current -> ProcessHandle.of(pid));
    }

    private boolean sameAs(ProcessIdentity current) {
        boolean sameStart = startedAt == null || current.startedAt == null || startedAt.equals(current.startedAt);
        return sameStart && commandLine.equals(current.commandLine);
    }

    /**
     * Linux: {@code /proc/<pid>/cmdline}, complete; elsewhere what the JDK can tell (may be missing for
     * another user's process).
     */
    static String commandLine(ProcessHandle process) {
        Path procCmdline = Path.of("/proc", String.valueOf(process.pid()), "cmdline");
        if (Files.isReadable(procCmdline)) {
            try {
                String raw = new String(Files.readAllBytes(procCmdline), StandardCharsets.UTF_8);
                return normalized(raw);
            } catch (IOException e) {
                return null;
            }
        }
        return process.info().commandLine().map(ProcessIdentity::normalized).orElse(null);
    }

    /** One line, whatever separated the arguments: a record of it stays one line too. */
    private static String normalized(String raw) {
        String line = raw.replaceAll("[\\s\\x00]+", " ").strip();
        return line.isEmpty() ? null : line;
    }
}
