package io.certflow.certstore.verification;

import com.sun.net.httpserver.HttpServer;
import io.certflow.certstore.support.TestCa;
import io.certflow.testkit.Infrastructure;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TrustAnchorFactoryTest {

    private final TrustAnchorFactory factory = new TrustAnchorFactory();

    @Test
    void shouldTrustEveryRootWhenPemFileHoldsSeveral(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("roots.pem"), TestCa.TRUSTED.rootPem() + TestCa.UNRELATED.rootPem());

        TrustAnchors anchors = factory.trustAnchors(new TrustAnchorProperties(file.toString(), ""));

        assertThat(anchors.size()).isEqualTo(2);
        assertThat(anchors.isAnchor(TestCa.TRUSTED.root())).isTrue();
    }

    @Test
    void shouldFetchRootWhenUrlIsConfigured() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] pem = TestCa.TRUSTED.rootPem().getBytes(StandardCharsets.US_ASCII);
        server.createContext("/sandbox/ca/root.pem", exchange -> {
            exchange.sendResponseHeaders(200, pem.length);
            exchange.getResponseBody().write(pem);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/sandbox/ca/root.pem";

            TrustAnchors anchors = factory.trustAnchors(new TrustAnchorProperties(null, url));

            assertThat(anchors.isAnchor(TestCa.TRUSTED.root())).isTrue();
        } finally {
            server.stop(0);
        }
    }

    @Test
    void shouldNameTheSettingsWhenNothingIsConfigured() {
        assertThatThrownBy(() -> factory.trustAnchors(new TrustAnchorProperties("", " ")))
                .hasMessageContaining("TRUST_ANCHOR_PEM").hasMessageContaining("TRUST_ANCHOR_URL");
    }

    @Test
    void shouldSayWhatIsWrongWhenPemFileHoldsNoCertificate(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("empty.pem"), "nothing here");

        assertThatThrownBy(() -> factory.trustAnchors(new TrustAnchorProperties(file.toString(), null)))
                .hasMessageContaining(file.toString()).hasMessageContaining("no certificate");
        assertThatThrownBy(() -> factory.trustAnchors(new TrustAnchorProperties(dir.resolve("missing.pem").toString(),
                null))).hasMessageContaining("Cannot read TRUST_ANCHOR_PEM");
    }

    @Test
    void shouldRefuseToStartWhenNoTrustAnchorIsConfigured() {
        assertThatThrownBy(() -> ApplicationContext.run(new HashMap<String, Object>(Infrastructure.micronautProperties("cert_store"))).close())
                .rootCause().hasMessageContaining("cert-store has no trust anchor");
    }
}
