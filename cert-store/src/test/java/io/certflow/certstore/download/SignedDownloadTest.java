package io.certflow.certstore.download;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.certflow.access.DownloadLinks;
import io.certflow.certstore.support.Bearer;
import io.certflow.certstore.support.CertStoreTestContext;
import io.certflow.certstore.support.TestCa;
import io.certflow.certstore.support.TestEvents;
import io.certflow.events.CertificateStored;
import io.certflow.events.Topics;
import io.certflow.testkit.kafka.EventLog;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static io.certflow.certstore.support.TestEvents.DOMAIN;
import static io.certflow.certstore.support.TestEvents.WWW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** GET /downloads/{id}/{format}?expires=…&signature=…, the token-free link of the "issued" email. */
@MicronautTest(transactional = false)
class SignedDownloadTest extends CertStoreTestContext {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    ObjectMapper json;

    @Inject
    DownloadLinks links;

    private final TestEvents order = new TestEvents();
    private CertificateStored stored;

    @BeforeAll
    void storeOne() {
        EventLog kafka = new EventLog(json);
        kafka.publish(order.requested());
        kafka.publish(order.pushed(TestCa.TRUSTED.leaf(DOMAIN, DOMAIN, WWW).pem(),
                List.of(TestCa.TRUSTED.intermediatePem(), TestCa.TRUSTED.rootPem())));
        stored = kafka.first(Topics.CERTIFICATE_STORED, order.orderId.toString(), CertificateStored.class);
    }

    @Test
    void shouldServeWhatTheAuthenticatedDownloadServesWhenLinkIsGenuine() {
        for (DownloadFormat format : DownloadFormat.values()) {
            HttpResponse<byte[]> linked = http.toBlocking().exchange(
                    HttpRequest.GET(links.signedPath(stored.certificateId(), format.segment(), Instant.now())),
                    byte[].class);
            HttpResponse<byte[]> authenticated = http.toBlocking().exchange(
                    Bearer.get("/certificates/" + stored.certificateId() + "/" + format.segment()), byte[].class);

            assertThat(linked.body()).as(format.segment()).isEqualTo(authenticated.body());
            assertThat(linked.getContentType()).isEqualTo(authenticated.getContentType());
            assertThat(linked.header("Content-Disposition")).isEqualTo(authenticated.header("Content-Disposition"));
        }
    }

    @Test
    void shouldRefuseWithoutRevealingTheCertificateWhenLinkIsAlteredOrExpired() {
        String genuine = links.signedPath(stored.certificateId(), "fullchain", Instant.now());
        String expired = links.signedPath(stored.certificateId(), "fullchain", Instant.now().minus(Duration.ofDays(31)));
        String signature = genuine.substring(genuine.indexOf("signature=") + "signature=".length());
        String flipped = (signature.charAt(0) == 'A' ? "B" : "A") + signature.substring(1);

        for (String refused : List.of(expired, genuine.replace(signature, flipped),
                genuine.replace("/fullchain?", "/pem?"), genuine.replace(stored.certificateId().toString(),
                        UUID.randomUUID().toString()), genuine.substring(0, genuine.indexOf("&signature=")),
                genuine.replace("?expires=", "?expires=9").replace("/fullchain?", "/nonsense?"))) {
            HttpClientResponseException answer = refusal(refused);
            assertThat(answer.code()).as(refused).isEqualTo(403);
            assertThat(answer.getResponse().getBody(String.class)).hasValueSatisfying(body -> assertThat(body)
                    .contains("This download link is not valid: it was altered or it has expired"));
        }
    }

    @Test
    void shouldAnswerNotFoundWhenGenuineLinkNamesUnknownCertificate() {
        assertThat(refusal(links.signedPath(UUID.randomUUID(), "fullchain", Instant.now())).code()).isEqualTo(404);
        assertThat(refusal(links.signedPath(stored.certificateId(), "nonsense", Instant.now())).code()).isEqualTo(404);
    }

    @Test
    void shouldLogNoSignatureWhenLinksAreServedOrRefused() {
        String genuine = links.signedPath(stored.certificateId(), "pem", Instant.now());
        String signature = genuine.substring(genuine.indexOf("signature=") + "signature=".length());
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        root.addAppender(log);
        try {
            http.toBlocking().exchange(HttpRequest.GET(genuine), byte[].class);
            refusal(genuine.replace("/pem?", "/der?"));
        } finally {
            root.detachAppender(log);
        }

        assertThat(log.list).extracting(ILoggingEvent::getFormattedMessage)
                .noneMatch(line -> line.contains(signature));
    }

    private HttpClientResponseException refusal(String uri) {
        return assertThrows(HttpClientResponseException.class,
                () -> http.toBlocking().exchange(HttpRequest.GET(uri), byte[].class));
    }
}
