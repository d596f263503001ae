package io.certflow.testkit.process;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * Which process listens on a TCP port, where the OS lets us know: on Linux from {@code /proc/net/tcp*}
 * (the socket's inode) and {@code /proc/<pid>/fd} (who holds that inode). Elsewhere, or for another
 * user's process, the answer is empty and the caller says so.
 */
public final class PortHolders {

    private static final String LISTEN = "0A";
    private static final Path PROC = Path.of("/proc");

    private PortHolders() {
    }

    /** "pid 1234: java -cp … (started …)" or a hint how to find out. */
    public static String describe(int port) {
        return holder(port).map(holder -> "pid " + holder.pid() + ": " + abbreviate(holder.commandLine()))
                .orElse("holder unknown; try `ss -ltnp 'sport = :" + port + "'` or `lsof -i :" + port + "`");
    }

    public static Optional<ProcessIdentity> holder(int port) {
        OptionalLong inode = listeningInode(port);
        if (inode.isEmpty()) {
            return Optional.empty();
        }
        String socket = "socket:[" + inode.getAsLong() + "]";
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(PROC, "[0-9]*")) {
            for (Path process : processes) {
                if (holds(process, socket)) {
                    return ProcessIdentity.of(Long.parseLong(process.getFileName().toString()));
                }
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    static OptionalLong listeningInode(int port) {
        String hexPort = String.format(Locale.ROOT, "%04X", port);
        for (String table : List.of("tcp", "tcp6")) {
            Path file = PROC.resolve("net").resolve(table);
            if (!Files.isReadable(file)) {
                continue;
            }
            try (Stream<String> lines = Files.lines(file)) {
                OptionalLong inode = lines.skip(1).map(String::trim).map(line -> line.split("\\s+"))
                        .filter(fields -> fields.length > 9 && fields[3].equals(LISTEN)
                                && fields[1].endsWith(":" + hexPort))
                        .mapToLong(fields -> Long.parseLong(fields[9])).filter(value -> value != 0).findFirst();
                if (inode.isPresent()) {
                    return inode;
                }
            } catch (IOException | RuntimeException e) {
                return OptionalLong.empty();
            }
        }
        return OptionalLong.empty();
    }

    private static boolean holds(Path process, String socket) {
        try (DirectoryStream<Path> fds = Files.newDirectoryStream(process.resolve("fd"))) {
            for (Path fd : fds) {
                if (socket.equals(readLink(fd))) {
                    return true;
                }
            }
        } catch (IOException | RuntimeException e) {
            // Gone meanwhile, or another user's: not the one we can name.
        }
        return false;
    }

    private static String readLink(Path fd) {
        try {
            return Files.readSymbolicLink(fd).toString();
        } catch (IOException | UnsupportedOperationException e) {
            return "";
        }
    }

    /** The head names the program, the tail (a main class, a jar) what it runs. */
    private static String abbreviate(String commandLine) {
        return commandLine.length() <= 160 ? commandLine
                : commandLine.substring(0, 80) + " ... " + commandLine.substring(commandLine.length() - 75);
    }
}
