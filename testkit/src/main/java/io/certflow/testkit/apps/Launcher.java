package io.certflow.testkit.apps;

import io.certflow.testkit.support.Lazy;
import io.certflow.testkit.support.RunDir;
import io.certflow.testkit.support.ShutdownHooks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@link ExitWithParent} as a class-path entry of its own: an application's (or the broker's) JVM gets
 * this directory and its own jars, nothing else of testkit (whose dependencies would clash with the application's). One
 * directory per JVM, swept by a later start if this JVM is killed.
 */
public final class Launcher {

    private static final String CLASS_FILE = ExitWithParent.class.getName().replace('.', '/') + ".class";
    private static final Lazy<RunDir> DIR = new Lazy<>(Launcher::write);

    private Launcher() {
    }

    public static String mainClass() {
        return ExitWithParent.class.getName();
    }

    public static Path classPathEntry() {
        return DIR.get().path();
    }

    private static RunDir write() {
        RunDir dir = ShutdownHooks.closeOnExit(RunDir.create("launcher"), "launcher-dir");
        Path target = dir.path().resolve(CLASS_FILE);
        try (InputStream in = ExitWithParent.class.getClassLoader().getResourceAsStream(CLASS_FILE)) {
            if (in == null) {
                throw new IllegalStateException(CLASS_FILE + " not found on the class path");
            }
            Files.createDirectories(target.getParent());
            Files.copy(in, target);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the launcher class to " + dir.path(), e);
        }
    }
}
