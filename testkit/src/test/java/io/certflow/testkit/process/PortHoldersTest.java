package io.certflow.testkit.process;

import io.certflow.testkit.support.Ports;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class PortHoldersTest {

    @Test
    void shouldNameThisJvmWhenItListensOnThePort() throws IOException {
        assumeTrue(Files.isReadable(Path.of("/proc/net/tcp")), "Linux only");
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = socket.getLocalPort();

            assertThat(PortHolders.holder(port)).hasValueSatisfying(holder ->
                    assertThat(holder.pid()).isEqualTo(ProcessHandle.current().pid()));
            assertThat(PortHolders.describe(port)).startsWith("pid " + ProcessHandle.current().pid() + ": ");
        }
    }

    @Test
    void shouldSayHowToFindOutWhenNobodyCanBeNamed() {
        int port = Ports.free();

        assertThat(PortHolders.holder(port)).isEmpty();
        assertThat(PortHolders.describe(port)).contains("holder unknown", "ss -ltnp");
    }
}
