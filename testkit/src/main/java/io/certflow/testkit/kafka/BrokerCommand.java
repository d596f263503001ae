package io.certflow.testkit.kafka;

import io.certflow.testkit.apps.Launcher;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** The command line of the broker's child JVM, from the classpath file testkit-kafka recorded at build time. */
final class BrokerCommand {

    private static final String CLASSPATH_RESOURCE = "broker.classpath";

    private BrokerCommand() {
    }

    static List<String> of(String clusterId, Path serverProperties) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        command.add("-Djava.awt.headless=true");
        command.add("-Dorg.slf4j.simpleLogger.showDateTime=true");
        command.add("-Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS");
        command.add("-cp");
        command.add(classpath());
        command.add(Launcher.mainClass());
        command.add(BrokerLauncher.class.getName());
        command.add(clusterId);
        command.add(serverProperties.toAbsolutePath().toString());
        return command;
    }

    private static String classpath() {
        List<String> entries = new ArrayList<>(brokerJars());
        entries.add(launcherLocation());
        entries.add(Launcher.classPathEntry().toString());
        return String.join(File.pathSeparator, entries);
    }

    private static List<String> brokerJars() {
        try (InputStream in = BrokerLauncher.class.getResourceAsStream(CLASSPATH_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(CLASSPATH_RESOURCE + " missing: is testkit-kafka built?");
            }
            String listed = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
            List<String> jars = Arrays.stream(listed.split(Pattern.quote(File.pathSeparator)))
                    .filter(entry -> !entry.isBlank())
                    .toList();
            jars.stream().filter(jar -> !Files.exists(Path.of(jar))).findFirst().ifPresent(missing -> {
                throw new IllegalStateException("broker jar " + missing
                        + " is not in the local Maven repository; rebuild testkit-kafka without -o");
            });
            return jars;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + CLASSPATH_RESOURCE, e);
        }
    }

    private static String launcherLocation() {
        try {
            return Path.of(BrokerLauncher.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the testkit-kafka classes", e);
        }
    }
}
