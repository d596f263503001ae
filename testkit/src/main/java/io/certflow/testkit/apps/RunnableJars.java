package io.certflow.testkit.apps;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.security.CodeSource;
import java.time.Duration;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds a module's runnable (shaded) jar in this checkout. Tests run with the module directory as
 * working directory, devstack from anywhere in the checkout; both find the root by walking up. When the
 * working directory is outside the checkout, the walk starts at the jar this class was loaded from
 * ({@code devstack/target/devstack.jar}).
 */
public final class RunnableJars {

    private static final Duration BUILD_WAIT = Duration.ofSeconds(60);

    private RunnableJars() {
    }

    public static Path of(String module) {
        Path target = targetDir(module);
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(file -> isRunnableJar(file, module)).findFirst()
                    .orElseThrow(() -> missing(module));
        } catch (IOException e) {
            throw new UncheckedIOException(missing(module).getMessage(), e);
        }
    }

    /** {@code <checkout>/<module>/target}, where the jar is built and app logs are written. */
    public static Path targetDir(String module) {
        Path workingDir = Paths.get("").toAbsolutePath();
        Path root = findRoot(workingDir, module)
                .or(() -> codeLocation().flatMap(location -> findRoot(location, module)))
                .orElseThrow(() -> new IllegalStateException(
                        "no certflow checkout with module " + module + " above " + workingDir));
        return root.resolve(module).resolve("target");
    }

    /**
     * A private copy of the module's runnable jar, for a JVM to run while the module may be rebuilt.
     * A jar that is not runnable yet (being written, or written but not yet shaded: no Main-Class)
     * is a build in progress, so the copy is retried for up to {@link #BUILD_WAIT}.
     */
    public static Path privateCopy(String module) {
        targetDir(module);
        long deadline = System.nanoTime() + BUILD_WAIT.toNanos();
        while (true) {
            Optional<Path> copy = runnableCopy(module);
            if (copy.isPresent()) {
                return copy.get();
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no runnable jar of " + module + " within " + BUILD_WAIT.toSeconds()
                        + " s (missing, not shaded, or a build in progress); build it: ./mvnw -pl " + module
                        + " -am package -DskipTests");
            }
            pause();
        }
    }

    private static Optional<Path> runnableCopy(String module) {
        Path copy;
        try {
            copy = copy(of(module), module);
        } catch (IllegalStateException | UncheckedIOException e) {
            return Optional.empty();
        }
        if (isRunnable(copy)) {
            return Optional.of(copy);
        }
        delete(copy);
        return Optional.empty();
    }

    private static Path copy(Path jar, String module) {
        Path copy = null;
        try {
            copy = Files.createTempFile("certflow-" + module + "-", ".jar");
            Files.copy(jar, copy, StandardCopyOption.REPLACE_EXISTING);
            return copy;
        } catch (IOException e) {
            if (copy != null) {
                delete(copy);
            }
            throw new UncheckedIOException("cannot copy " + jar, e);
        }
    }

    private static boolean isRunnable(Path jar) {
        return mainClassOf(jar).isPresent();
    }

    /** The jar's {@code Main-Class}. */
    public static String mainClass(Path jar) {
        return mainClassOf(jar).orElseThrow(() -> new IllegalStateException(jar + " has no Main-Class"));
    }

    private static Optional<String> mainClassOf(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            return Optional.ofNullable(manifest == null ? null
                    : manifest.getMainAttributes().getValue(Attributes.Name.MAIN_CLASS));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A leftover copy in the temp dir is harmless; whatever runs must go on.
        }
    }

    private static void pause() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a runnable jar", e);
        }
    }

    private static Optional<Path> findRoot(Path start, String module) {
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("pom.xml")) && Files.isDirectory(dir.resolve(module))) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }

    private static Optional<Path> codeLocation() {
        try {
            CodeSource source = RunnableJars.class.getProtectionDomain().getCodeSource();
            return source == null ? Optional.empty() : Optional.of(Path.of(source.getLocation().toURI()));
        } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * {@code <module>-<version>.jar} only: not {@code original-…}, {@code -sources}, {@code -tests}, nor
     * the {@code -shaded.jar} a running shade writes before it replaces the jar.
     */
    private static boolean isRunnableJar(Path file, String module) {
        return file.getFileName().toString().matches(Pattern.quote(module) + "-\\d[0-9A-Za-z.]*(-SNAPSHOT)?\\.jar");
    }

    private static IllegalStateException missing(String module) {
        return new IllegalStateException("no runnable jar of " + module + "; build it first: ./mvnw -pl " + module
                + " -am package -DskipTests");
    }
}
