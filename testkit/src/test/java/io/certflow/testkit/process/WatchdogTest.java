package io.certflow.testkit.process;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import static org.awaitility.Awaitility.await;

class WatchdogTest {

    @Test
    void shouldSignalTheWatchedProcessWhenItsOwnerGoes() throws IOException {
        Process watched = sleeper();
        Watchdog watchdog = Watchdog.watch(watched.pid(), "TERM");
        try {
            watchdog.ownerGone();

            await().atMost(Duration.ofSeconds(10)).until(() -> !watched.isAlive());
        } finally {
            watchdog.close();
            watched.destroyForcibly();
        }
    }

    @Test
    void shouldLeaveTheWatchedProcessAloneWhenClosed() throws IOException {
        Process watched = sleeper();
        try {
            Watchdog.watch(watched.pid(), "TERM").close();

            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(watched::isAlive);
        } finally {
            watched.destroyForcibly();
        }
    }

    private static Process sleeper() throws IOException {
        return new ProcessBuilder(List.of("sleep", "300")).start();
    }
}
