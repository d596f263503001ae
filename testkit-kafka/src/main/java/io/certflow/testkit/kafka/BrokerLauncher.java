package io.certflow.testkit.kafka;

import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * Entry point of the broker's child JVM: formats the storage (if not yet formatted), then runs
 * {@code kafka.Kafka}. Kafka is invoked reflectively so this module never compiles against it.
 *
 * <p>Usage: {@code BrokerLauncher <cluster-id> <server.properties>}, run by testkit's {@code ExitWithParent}
 * (as every application JVM is), which ends the broker when its parent dies, even on kill -9: a clean
 * shutdown through Kafka's own hook, so a restart on the same data stays fast.
 */
public final class BrokerLauncher {

    private BrokerLauncher() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: BrokerLauncher <cluster-id> <server.properties>");
            Runtime.getRuntime().halt(2);
        }
        format(args[0], args[1]);
        invoke("kafka.Kafka", "main", new Class<?>[] {String[].class}, (Object) new String[] {args[1]});
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
