package io.certflow.certstore.download;

import io.certflow.certstore.support.Bearer;
import io.certflow.certstore.support.CertStoreTestContext;
import io.certflow.certstore.support.TestCa;
import io.certflow.certstore.support.TestEvents;
import io.certflow.certstore.verification.Pem;
import io.certflow.events.CertificateStored;
import io.certflow.events.Topics;
import io.certflow.testkit.kafka.EventLog;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.bouncycastle.cms.CMSSignedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static io.certflow.certstore.support.TestEvents.DOMAIN;
import static io.certflow.certstore.support.TestEvents.WWW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** GET /certificates… for certificates stored through the real pipeline. */
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
    private final TestEvents deepOrder = new TestEvents();
    private final String unique = "u" + UUID.randomUUID().toString().substring(0, 8) + ".example.net";
    private final String deepLeafPem = TestCa.TRUSTED_DEEP.leaf(unique, unique, "*." + unique).pem();
    private CertificateStored stored;
    private CertificateStored deep;

    @BeforeAll
    void storeTwo() {
        EventLog kafka = new EventLog(json);
        kafka.publish(order.requested());
        kafka.publish(order.pushed(leafPem, List.of(TestCa.TRUSTED.rootPem(), TestCa.TRUSTED.intermediatePem())));
        List<String> shuffled = TestCa.TRUSTED_DEEP.chainPems();
        kafka.publish(deepOrder.requestedMultiDomain(unique, unique, "*." + unique));
        kafka.publish(deepOrder.pushed(deepLeafPem, List.of(shuffled.get(2), shuffled.get(0), shuffled.get(1))));
        stored = kafka.first(Topics.CERTIFICATE_STORED, order.orderId.toString(), CertificateStored.class);
        deep = kafka.first(Topics.CERTIFICATE_STORED, deepOrder.orderId.toString(), CertificateStored.class);
    }

    @Test
    void shouldListMetadataWhenQueriedByOrder() {
        List<Map> found = list("/certificates?orderId=" + order.orderId);

        assertThat(found).hasSize(1);
        assertThat(found.get(0).get("id")).isEqualTo(stored.certificateId().toString());
        assertThat(list("/certificates?orderId=" + UUID.randomUUID())).isEmpty();
    }

    @Test
    void shouldFindByNameOrCoveringWildcardWhenQueriedByDomain() {
        String id = deep.certificateId().toString();

        assertThat(list("/certificates?domain=" + unique)).extracting(m -> m.get("id")).containsExactly(id);
        assertThat(list("/certificates?domain=WWW." + unique)).extracting(m -> m.get("id")).containsExactly(id);
        assertThat(list("/certificates?domain=a.b." + unique)).isEmpty();
        assertThat(list("/certificates?domain=other-" + unique)).isEmpty();
    }

    @Test
    void shouldFindOnlyEarlierExpiryWhenQueriedByExpiringBefore() {
        String notAfter = deep.notAfter().toString();
        String later = deep.notAfter().plusSeconds(1).toString();

        assertThat(list("/certificates?domain=" + unique + "&expiringBefore=" + notAfter)).isEmpty();
        assertThat(list("/certificates?domain=" + unique + "&expiringBefore=" + later)).hasSize(1);
        assertThat(list("/certificates?expiringBefore=" + later)).extracting(m -> m.get("id"))
                .contains(deep.certificateId().toString());
    }

    @Test
    void shouldDescribeCertificateWhenFetchedById() {
        Map<String, Object> view = http.toBlocking().retrieve(Bearer.get("/certificates/" + stored.certificateId()),
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
                .containsKeys("notBefore", "storedAt")
                .doesNotContainKeys("revokedAt", "replacedByCertificate");
    }

    @Test
    void shouldServeLeafChainAndFullChainAsPemWhenDownloaded() {
        String chain = TestCa.TRUSTED.intermediatePem() + TestCa.TRUSTED.rootPem();

        assertThat(pem(stored, "/pem", DOMAIN + ".pem")).isEqualTo(leafPem);
        assertThat(pem(stored, "/chain", DOMAIN + "-chain.pem")).isEqualTo(chain);
        assertThat(pem(stored, "/fullchain", DOMAIN + "-fullchain.pem")).isEqualTo(leafPem + chain);
    }

    @Test
    void shouldServeChainLeafToRootWhenThreeTierChainWasDeliveredShuffled() {
        String chain = String.join("", TestCa.TRUSTED_DEEP.chainPems());

        assertThat(pem(deep, "/chain", unique + "-chain.pem"))
                .isEqualTo(chain);
        assertThat(pem(deep, "/fullchain", unique + "-fullchain.pem")).isEqualTo(deepLeafPem + chain);
    }

    @Test
    void shouldServeLeafAsDerWhenDownloadedAsDer() throws Exception {
        HttpResponse<byte[]> response = download(stored, "/der", "application/pkix-cert", DOMAIN + ".cer");

        assertThat(response.body()).isEqualTo(Pem.certificates(leafPem, "leaf").get(0).getEncoded());
    }

    @Test
    void shouldServeCertsOnlyPkcs7LeafToRootWhenDownloadedAsP7b() throws Exception {
        HttpResponse<byte[]> response = download(deep, "/p7b", "application/pkcs7-mime", unique + ".p7b");

        List<String> expected = Stream.concat(Stream.of(deepLeafPem), TestCa.TRUSTED_DEEP.chainPems().stream())
                .toList();
        List<String> inFile = CertificateFactory.getInstance("X.509")
                .generateCertificates(new ByteArrayInputStream(response.body())).stream()
                .map(c -> Pem.encode((X509Certificate) c)).toList();
        assertThat(inFile).containsExactlyElementsOf(expected);
        CMSSignedData cms = new CMSSignedData(response.body());
        assertThat(cms.getSignerInfos().size()).isZero();
        assertThat(cms.getSignedContent()).isNull();
        assertThat(cms.getCertificates().getMatches(null)).hasSize(4);
    }

    @Test
    void shouldBeReadableByOpensslWhenDownloadedAsP7b() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/openssl")), "openssl is not installed");
        Path file = Files.write(Files.createTempFile("cert-store", ".p7b"),
                download(deep, "/p7b", "application/pkcs7-mime", unique + ".p7b").body());

        Process openssl = new ProcessBuilder("/usr/bin/openssl", "pkcs7", "-inform", "DER", "-print_certs", "-noout",
                "-in", file.toString()).redirectErrorStream(true).start();
        String out = new String(openssl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(openssl.waitFor()).as(out).isZero();
        assertThat(out.indexOf("subject=CN = " + unique)).isNotNegative()
                .isLessThan(out.indexOf("subject=CN = certflow Test Deep Issuing CA"));
        assertThat(out.indexOf("subject=CN = certflow Test Deep Issuing CA"))
                .isLessThan(out.indexOf("subject=CN = certflow Test Issuing CA"));
        assertThat(out.indexOf("subject=CN = certflow Test Issuing CA"))
                .isLessThan(out.indexOf("subject=CN = certflow Test Root CA"));
        Files.delete(file);
    }

    @Test
    void shouldAnswerNotFoundWhenIdIsUnknown() {
        for (String suffix : List.of("", "/pem", "/chain", "/fullchain", "/der", "/p7b")) {
            assertThat(status("/certificates/" + UUID.randomUUID() + suffix)).isEqualTo(HttpStatus.NOT_FOUND.getCode());
        }
    }

    @Test
    void shouldAnswerBadRequestNamingTheParameterWhenIdOrQueryIsMalformed() {
        assertThat(status("/certificates/not-a-uuid")).isEqualTo(HttpStatus.BAD_REQUEST.getCode());
        assertThat(status("/certificates/not-a-uuid/p7b")).isEqualTo(HttpStatus.BAD_REQUEST.getCode());
        assertThat(status("/certificates")).isEqualTo(HttpStatus.BAD_REQUEST.getCode());
        var refused = assertThrows(HttpClientResponseException.class, () -> http.toBlocking().exchange(
                Bearer.get("/certificates?orderId=42&domain=bad%20name&expiringBefore=soon"), String.class));
        assertThat(refused.code()).isEqualTo(HttpStatus.BAD_REQUEST.getCode());
        assertThat(refused.getResponse().getBody(String.class)).hasValueSatisfying(body -> assertThat(body)
                .contains("\"field\":\"orderId\"", "\"field\":\"domain\"", "\"field\":\"expiringBefore\""));
    }

    private List<Map> list(String uri) {
        return http.toBlocking().retrieve(Bearer.get(uri), Argument.listOf(Map.class));
    }

    private String pem(CertificateStored certificate, String suffix, String filename) {
        return new String(download(certificate, suffix, PEM_CHAIN, filename).body(), StandardCharsets.US_ASCII);
    }

    private HttpResponse<byte[]> download(CertificateStored certificate, String suffix, String contentType,
                                          String filename) {
        HttpResponse<byte[]> response = http.toBlocking().exchange(
                Bearer.get("/certificates/" + certificate.certificateId() + suffix), byte[].class);
        assertThat(response.getContentType()).hasValueSatisfying(type -> assertThat(type.toString())
                .isEqualTo(contentType));
        assertThat(response.header("Content-Disposition")).isEqualTo("attachment; filename=\"" + filename + "\"");
        return response;
    }

    private int status(String uri) {
        return assertThrows(HttpClientResponseException.class,
                () -> http.toBlocking().exchange(Bearer.get(uri), String.class)).code();
    }
}
