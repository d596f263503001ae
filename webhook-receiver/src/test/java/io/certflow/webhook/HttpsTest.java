package io.certflow.webhook;

import io.certflow.testkit.Infrastructure;
import io.certflow.testkit.tls.LocalhostCertificate;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The service started the way SERVER_SSL_* start it in production, with a key store made for the test. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HttpsTest implements TestPropertyProvider {

    private LocalhostCertificate certificate;

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        certificate = LocalhostCertificate.create("certflow-https");
        Map<String, String> properties = new HashMap<>(Infrastructure.micronautProperties("webhook_receiver"));
        properties.put("micronaut.server.ssl.enabled", "true");
        properties.put("micronaut.server.ssl.port", "-1");
        properties.put("micronaut.server.ssl.key-store.path", "file:" + certificate.keyStore().toAbsolutePath());
        properties.put("micronaut.server.ssl.key-store.password", certificate.password());
        properties.put("micronaut.server.ssl.key-store.type", "PKCS12");
        return properties;
    }

    @Test
    void shouldAnswerHealthOverTlsWhenTheClientTrustsTheServiceCertificate() throws Exception {
        HttpClient client = HttpClient.newBuilder().sslContext(trusting()).connectTimeout(Duration.ofSeconds(5)).build();

        HttpResponse<String> health = client.send(HttpRequest.newBuilder(healthUri("https")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(server.getScheme()).isEqualTo("https");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"UP\"");
    }

    @Test
    void shouldNotAnswerPlainHttpWhenHttpsIsOn() {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

        assertThatThrownBy(() -> client.send(HttpRequest.newBuilder(healthUri("http")).timeout(Duration.ofSeconds(5))
                .build(), HttpResponse.BodyHandlers.ofString())).isInstanceOf(IOException.class);
    }

    private URI healthUri(String scheme) {
        return URI.create(scheme + "://localhost:" + server.getPort() + "/health");
    }

    private SSLContext trusting() throws IOException, GeneralSecurityException {
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(certificate.trustStore())) {
            trusted.load(in, certificate.password().toCharArray());
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }
}
