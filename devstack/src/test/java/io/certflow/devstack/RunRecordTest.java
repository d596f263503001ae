package io.certflow.devstack;

import io.certflow.testkit.process.ProcessIdentity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** What a killed run left: stopped when recorded as it runs, never when it is another program. */
class RunRecordTest {

    @TempDir
    Path stateDir;

    private final List<String> said = new ArrayList<>();

    @Test
    void shouldStopRecordedLeftoverAndSayWhatWhenEarlierRunWasKilled() throws IOException {
        Process leftover = sleeper("301");
        try {
            recordEarlierRun(new RunRecord.Entry("order-intake:8081", identity(leftover)));

            RunRecord.claim(stateDir, said::add).close();

            await().atMost(Duration.ofSeconds(15)).until(() -> !leftover.isAlive());
            assertThat(said).singleElement().asString()
                    .isEqualTo("stopping what an earlier devstack left running: order-intake:8081 (pid "
                            + leftover.pid() + ")");
        } finally {
            leftover.destroyForcibly();
        }
    }

    @Test
    void shouldLeaveProcessAloneWhenItsIdNowBelongsToAnotherProgram() throws IOException {
        Process stranger = sleeper("302");
        try {
            ProcessIdentity now = identity(stranger);
            recordEarlierRun(new RunRecord.Entry("cert-store:8084",
                    new ProcessIdentity(now.pid(), now.startedAt(), "java -jar cert-store.jar")));

            RunRecord.claim(stateDir, said::add).close();

            assertThat(stranger.isAlive()).isTrue();
            assertThat(said).isEmpty();
        } finally {
            stranger.destroyForcibly();
        }
    }

    @Test
    void shouldRefuseAndTouchNothingWhileAnotherDevstackHoldsTheStateDir() throws IOException {
        Process child = sleeper("303");
        try (RunRecord running = RunRecord.claim(stateDir, said::add)) {
            running.add("notifier:8085", child.toHandle());

            assertThatThrownBy(() -> RunRecord.claim(stateDir, said::add))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("another devstack uses " + stateDir)
                    .hasMessageContaining("(pid " + ProcessHandle.current().pid() + ")");
            assertThat(child.isAlive()).isTrue();
        } finally {
            child.destroyForcibly();
        }
    }

    @Test
    void shouldRecordEveryStartedProcessAndForgetThemWhenClosedCleanly() throws IOException {
        Process child = sleeper("304");
        try {
            RunRecord record = RunRecord.claim(stateDir, said::add);
            record.add("kafka", child.toHandle());

            assertThat(RunRecord.read(stateDir.resolve(RunRecord.RECORD_FILE))).extracting(RunRecord.Entry::name)
                    .containsExactly("devstack", "kafka");
            record.close();
            assertThat(RunRecord.read(stateDir.resolve(RunRecord.RECORD_FILE))).isEmpty();
        } finally {
            child.destroyForcibly();
        }
    }

    private void recordEarlierRun(RunRecord.Entry entry) throws IOException {
        Files.write(stateDir.resolve(RunRecord.RECORD_FILE), List.of(entry.line()), StandardCharsets.UTF_8);
    }

    private static ProcessIdentity identity(Process process) {
        return ProcessIdentity.of(process.toHandle()).orElseThrow();
    }

    private static Process sleeper(String seconds) throws IOException {
        return new ProcessBuilder(List.of("sleep", seconds)).start();
    }
}
