package io.certflow.testkit.apps;

import io.certflow.testkit.fixtures.apps.WaitForever;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ExitWithParentTest {

    @Test
    void shouldRunTheApplicationsMainAndExitWhenTheParentsPipeCloses() throws Exception {
        Process child = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", Launcher.classPathEntry() + File.pathSeparator + fixtureClasses(), Launcher.mainClass(),
                WaitForever.class.getName(), "a", "b")).redirectErrorStream(true).start();
        try {
            BufferedReader output = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8));
            assertThat(output.readLine()).isEqualTo("running with a b");

            child.getOutputStream().close();

            await().atMost(Duration.ofSeconds(20)).until(() -> !child.isAlive());
            assertThat(child.exitValue()).isZero();
        } finally {
            child.destroyForcibly();
        }
    }

    @Test
    void shouldKeepTheLauncherToOneClassFileWhenCopiedAlone() {
        File[] files = Launcher.classPathEntry().resolve("io/certflow/testkit/apps").toFile().listFiles();

        assertThat(files).extracting(File::getName).containsExactly("ExitWithParent.class");
    }

    private static String fixtureClasses() throws URISyntaxException, IOException {
        return Path.of(WaitForever.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }
}
