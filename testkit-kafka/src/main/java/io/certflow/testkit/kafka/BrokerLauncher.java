package io.certflow.testkit.kafka;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * Entry point of the broker's child JVM: formats the storage (if not yet formatted), then runs
 * {@code kafka.Kafka}. Kafka is invoked reflectively so this module never compiles against it.
 *
 * <p>Usage: {@code BrokerLauncher <cluster-id> <server.properties>}.
 */
public final class BrokerLauncher {

    private static final long HALT_AFTER_MILLIS = 15_000;

    private BrokerLauncher() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: BrokerLauncher <cluster-id> <server.properties>");
            Runtime.getRuntime().halt(2);
        }
        exitWhenParentGoes(System.in);
        format(args[0], args[1]);
        invoke("kafka.Kafka", "main", new Class<?>[] {String[].class}, (Object) new String[] {args[1]});
    }

    /**
     * The parent holds our stdin pipe open; the OS closes it when the parent dies, even on kill -9,
     * so EOF here means nobody will ever stop this broker. Exiting runs Kafka's shutdown hook (a clean
     * shutdown keeps a restart on the same data fast); the halt is the backstop if that hangs. Exiting
     * also covers Process.destroy(), which closes our stdin right after its SIGTERM.
     */
    private static void exitWhenParentGoes(InputStream parentPipe) {
        daemon("parent-watchdog", () -> {
            try {
                parentPipe.transferTo(OutputStream.nullOutputStream());
            } catch (IOException ignored) {
                // A broken pipe means the same as EOF.
            }
            daemon("halt-backstop", () -> {
                sleepQuietly(HALT_AFTER_MILLIS);
                Runtime.getRuntime().halt(0);
            });
            System.exit(0);
        });
    }

    private static void daemon(String name, Runnable task) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** {@code --ignore-formatted} lets a persistent data directory be reused across starts. */
    private static void format(String clusterId, String serverProperties) throws Exception {
        String[] formatArgs = {"format", "-t", clusterId, "-c", serverProperties, "--ignore-formatted"};
        Object exitCode = invoke("kafka.tools.StorageTool", "execute",
                new Class<?>[] {String[].class, PrintStream.class}, formatArgs, System.out);
        if (!Integer.valueOf(0).equals(exitCode)) {
            System.err.println("storage format failed with exit code " + exitCode);
            Runtime.getRuntime().halt(3);
        }
    }

    private static Object invoke(String className, String methodName, Class<?>[] types, Object... args)
            throws Exception {
        Method method = Class.forName(className).getMethod(methodName, types);
        try {
            return method.invoke(null, args);
        } catch (InvocationTargetException e) {
            e.getCause().printStackTrace();
            Runtime.getRuntime().halt(1);
            return null;
        }
    }
}
