package io.certflow.testkit.apps;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * Entry point of an application's child JVM: runs the application's own main class and exits when the
 * parent goes, so the application itself needs no code for it. The parent holds this JVM's stdin pipe
 * open; the OS closes it when the parent dies, even on kill -9, so EOF means nobody will ever stop
 * this process. Exiting runs the application's shutdown hooks; the halt is the backstop if they hang.
 *
 * <p>Usage: {@code java -cp <this class>:<app.jar> io.certflow.testkit.apps.ExitWithParent <main-class> [args]}.
 * Exiting also covers {@code Process.destroy()}, which closes the stdin right after its SIGTERM.
 * Copied on its own into a directory of its own (see {@link Launcher}), so it must stay one class file:
 * lambdas only, no nested or anonymous classes.
 */
public final class ExitWithParent {

    private static final long HALT_AFTER_MILLIS = 10_000;

    private ExitWithParent() {
    }

    public static void main(String[] args) throws Throwable {
        if (args.length < 1) {
            System.err.println("usage: ExitWithParent <main-class> [args...]");
            Runtime.getRuntime().halt(2);
        }
        exitWhenParentGoes(System.in);
        Method main = Class.forName(args[0]).getMethod("main", String[].class);
        try {
            main.invoke(null, (Object) Arrays.copyOfRange(args, 1, args.length));
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static void exitWhenParentGoes(InputStream parentPipe) {
        daemon("parent-watchdog", () -> {
            try {
                parentPipe.transferTo(OutputStream.nullOutputStream());
            } catch (IOException ignored) {
                // A broken pipe means the same as EOF.
            }
            daemon("halt-backstop", () -> {
                try {
                    Thread.sleep(HALT_AFTER_MILLIS);
                } catch (InterruptedException ignored) {
                    // Halting is all that is left to do.
                }
                Runtime.getRuntime().halt(1);
            });
            System.exit(0);
        });
    }

    private static void daemon(String name, Runnable task) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
    }
}
