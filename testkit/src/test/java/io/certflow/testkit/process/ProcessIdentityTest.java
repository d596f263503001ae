package io.certflow.testkit.process;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ProcessIdentityTest {

    @Test
    void shouldTellTheSameProcessFromAnotherWithItsIdWhenRecorded() throws IOException {
        Process sleeper = new ProcessBuilder(List.of("sleep", "300")).start();
        try {
            ProcessIdentity identity = ProcessIdentity.of(sleeper.toHandle()).orElseThrow();
            ProcessIdentity otherProgram = new ProcessIdentity(identity.pid(), identity.startedAt(), "sleep 301");

            assertThat(identity.commandLine()).isEqualTo("sleep 300");
            assertThat(identity.running()).isPresent();
            assertThat(otherProgram.running()).isEmpty();
            sleeper.destroyForcibly();
            await().atMost(Duration.ofSeconds(5)).until(() -> identity.running().isEmpty());
        } finally {
            sleeper.destroyForcibly();
        }
    }
}
