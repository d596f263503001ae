package io.certflow.testkit.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaleRunDirsTest {

    @TempDir
    Path tmp;

    @Test
    void shouldDeleteDirWhenNobodyHoldsItsLockAnyMore() throws IOException {
        Path killed = runDir("certflow-kafka-1", Duration.ofMinutes(5));

        StaleRunDirs.sweep(tmp, "certflow-kafka-", "owner.lock", path -> false);

        assertThat(killed).doesNotExist();
    }

    @Test
    void shouldKeepDirWhenItIsYoungOrOwnedOrAnotherComponents() throws IOException {
        Path young = runDir("certflow-kafka-2", Duration.ZERO);
        Path owned = runDir("certflow-kafka-3", Duration.ofMinutes(5));
        Path other = runDir("certflow-postgres-4", Duration.ofMinutes(5));

        StaleRunDirs.sweep(tmp, "certflow-kafka-", "owner.lock", owned::equals);

        assertThat(young).exists();
        assertThat(owned).exists();
        assertThat(other).exists();
    }

    @Test
    void shouldDeleteOnlyItsOwnDirWhenClosed() {
        RunDir runDir = RunDir.create("runDirTest");
        Path path = runDir.path();
        assertThat(path.resolve("owner.lock")).exists();

        runDir.close();

        assertThat(path).doesNotExist();
    }

    private Path runDir(String name, Duration age) throws IOException {
        Path dir = Files.createDirectory(tmp.resolve(name));
        Files.writeString(dir.resolve("owner.lock"), "");
        Files.setLastModifiedTime(dir, FileTime.from(Instant.now().minus(age)));
        return dir;
    }
}
