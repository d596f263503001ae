package io.certflow.testkit.support;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Closes resources when the JVM exits normally (not on kill -9; see the README for that). */
public final class ShutdownHooks {

    private static final Logger LOG = LoggerFactory.getLogger(ShutdownHooks.class);

    private ShutdownHooks() {
    }

    /** The resource's close() must be idempotent: explicit closing stays allowed. */
    public static <T extends AutoCloseable> T closeOnExit(T resource, String name) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(resource, name), "close-" + name));
        return resource;
    }

    public static void closeQuietly(AutoCloseable resource, String name) {
        try {
            resource.close();
        } catch (Exception e) {
            LOG.warn("closing {} failed", name, e);
        }
    }
}
