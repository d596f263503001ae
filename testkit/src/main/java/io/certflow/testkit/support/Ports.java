package io.certflow.testkit.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Free TCP ports on the loopback interface. */
public final class Ports {

    private static final int HIGHEST_PORT = 65_535;

    private Ports() {
    }

    /** A port the OS just reported free; another process may still take it before we bind. */
    public static int free() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on loopback", e);
        }
    }

    /** The first free port at or above {@code preferred}, e.g. 5432 or the next one when a local PostgreSQL runs. */
    public static int firstFreeFrom(int preferred) {
        for (int port = preferred; port <= HIGHEST_PORT; port++) {
            if (isFree(port)) {
                return port;
            }
        }
        throw new IllegalStateException("no free port at or above " + preferred);
    }

    public static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
