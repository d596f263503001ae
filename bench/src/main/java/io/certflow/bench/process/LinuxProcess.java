package io.certflow.bench.process;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What {@code /proc} says about a process: its command line, environment and resident memory (Linux). */
public record LinuxProcess(long pid) {

    /** The certflow application whose environment sets its HTTP port to {@code port}, if one runs. */
    public static Optional<LinuxProcess> servingPort(int port) {
        String[] wanted = {"MICRONAUT_SERVER_PORT=" + port, "SERVER_PORT=" + port};
        return ProcessHandle.allProcesses().map(handle -> new LinuxProcess(handle.pid()))
                .filter(process -> process.environmentEntries().stream()
                        .anyMatch(entry -> entry.equals(wanted[0]) || entry.equals(wanted[1])))
                .findFirst();
    }

    public List<String> commandLine() {
        return nulSeparated("cmdline");
    }

    public Map<String, String> environment() {
        Map<String, String> environment = new LinkedHashMap<>();
        for (String entry : environmentEntries()) {
            int equals = entry.indexOf('=');
            if (equals > 0) {
                environment.put(entry.substring(0, equals), entry.substring(equals + 1));
            }
        }
        return environment;
    }

    /** Resident set size in MB (VmRSS), NaN when the process is gone. */
    public double residentMegabytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
            return Double.NaN;
        } catch (IOException e) {
            return Double.NaN;
        }
    }

    private List<String> environmentEntries() {
        return nulSeparated("environ");
    }

    private List<String> nulSeparated(String file) {
        try {
            String content = new String(Files.readAllBytes(Path.of("/proc", String.valueOf(pid), file)),
                    StandardCharsets.UTF_8);
            return Arrays.stream(content.split("\0")).filter(s -> !s.isEmpty()).toList();
        } catch (IOException | SecurityException e) {
            return List.of();
        }
    }
}
