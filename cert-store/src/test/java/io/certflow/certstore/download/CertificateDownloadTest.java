package io.certflow.certstore.download;

import io.certflow.certstore.support.CertStoreTestContext;
import io.certflow.certstore.support.TestCa;
import io.certflow.certstore.support.TestEvents;
import io.certflow.events.CertificateStored;
import io.certflow.events.Topics;
import io.certflow.testkit.kafka.EventLog;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.certflow.certstore.support.TestEvents.DOMAIN;
import static io.certflow.certstore.support.TestEvents.WWW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** GET /certificates… for a certificate stored through the real pipeline. */
@MicronautTest(transactional = false)
class CertificateDownloadTest extends CertStoreTestContext {

    private static final String PEM_CHAIN = "application/pem-certificate-chain";

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    ObjectMapper json;

    private final TestEvents order = new TestEvents();
    private final String leafPem = TestCa.TRUSTED.leaf(DOMAIN, DOMAIN, WWW).pem();
    private CertificateStored stored;

    @BeforeAll
    void storeOne() {
        EventLog kafka = new EventLog(json);
        kafka.publish(order.requested());
        kafka.publish(order.placed());
        kafka.publish(order.pushed(leafPem, List.of(TestCa.TRUSTED.rootPem(), TestCa.TRUSTED.intermediatePem())));
        stored = kafka.first(Topics.CERTIFICATE_STORED, order.orderId.toString(), CertificateStored.class);
    }

    @Test
    void shouldListMetadataWhenQueriedByOrder() {
        List<Map> found = http.toBlocking().retrieve(HttpRequest.GET("/certificates?orderId=" + order.orderId),
                Argument.listOf(Map.class));

        assertThat(found).hasSize(1);
        assertThat(found.get(0).get("id")).isEqualTo(stored.certificateId().toString());
        assertThat(http.toBlocking().retrieve(HttpRequest.GET("/certificates?orderId=" + UUID.randomUUID()),
                Argument.listOf(Map.class))).isEmpty();
    }

    @Test
    void shouldDescribeCertificateWhenFetchedById() {
        Map<String, Object> view = http.toBlocking().retrieve(HttpRequest.GET("/certificates/" + stored.certificateId()),
                Argument.mapOf(String.class, Object.class));

        assertThat(view).containsEntry("orderId", order.orderId.toString())
                .containsEntry("sectigoOrderNumber", order.sectigoOrderNumber)
                .containsEntry("serialNumber", stored.serialNumber())
                .containsEntry("subject", "CN=" + DOMAIN)
                .containsEntry("issuer", stored.issuer())
                .containsEntry("subjectAlternativeNames", List.of(DOMAIN, WWW))
                .containsEntry("sha256Fingerprint", stored.sha256Fingerprint())
                .containsEntry("status", "VALID")
                .containsEntry("notAfter", stored.notAfter().toString())
                .containsKey("notBefore");
    }

    @Test
    void shouldServeLeafChainAndFullChainAsPemWhenDownloaded() {
        String chain = TestCa.TRUSTED.intermediatePem() + TestCa.TRUSTED.rootPem();

        assertThat(pem("/pem")).isEqualTo(leafPem);
        assertThat(pem("/chain")).isEqualTo(chain);
        assertThat(pem("/fullchain")).isEqualTo(leafPem + chain);
    }

    @Test
    void shouldAnswerNotFoundWhenIdIsUnknown() {
        for (String suffix : List.of("", "/pem", "/chain", "/fullchain")) {
            assertThat(status("/certificates/" + UUID.randomUUID() + suffix)).isEqualTo(HttpStatus.NOT_FOUND.getCode());
        }
    }

    @Test
    void shouldAnswerBadRequestWhenIdOrQueryIsMalformed() {
        assertThat(status("/certificates/not-a-uuid")).isEqualTo(HttpStatus.BAD_REQUEST.getCode());
        assertThat(status("/certificates/not-a-uuid/pem")).isEqualTo(HttpStatus.BAD_REQUEST.getCode());
        assertThat(status("/certificates?orderId=42")).isEqualTo(HttpStatus.BAD_REQUEST.getCode());
        assertThat(status("/certificates")).isEqualTo(HttpStatus.BAD_REQUEST.getCode());
    }

    private String pem(String suffix) {
        HttpResponse<String> response = http.toBlocking().exchange(
                HttpRequest.GET("/certificates/" + stored.certificateId() + suffix), String.class);
        assertThat(response.getContentType()).hasValueSatisfying(type -> assertThat(type.toString()).isEqualTo(PEM_CHAIN));
        return response.body();
    }

    private int status(String uri) {
        return assertThrows(HttpClientResponseException.class,
                () -> http.toBlocking().exchange(HttpRequest.GET(uri), String.class)).code();
    }
}
