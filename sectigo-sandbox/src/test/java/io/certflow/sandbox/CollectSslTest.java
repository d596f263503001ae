package io.certflow.sandbox;

import io.certflow.sandbox.support.Certificates;
import io.certflow.sandbox.support.Csrs;
import io.certflow.sandbox.support.SandboxClient.Response;
import io.certflow.sandbox.support.SandboxTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static io.certflow.sandbox.support.SandboxClient.form;
import static io.certflow.sandbox.support.SandboxClient.with;
import static org.assertj.core.api.Assertions.assertThat;

/** download/CollectSSL: status codes, queryType / responseType / responseEncoding variants. */
@MicronautTest
class CollectSslTest extends SandboxTest {

    private static final String COLLECT = "/products/download/CollectSSL";

    private String place(String commonName) {
        return autoApply(dv(commonName)).lines().get(1);
    }

    private Response collect(String orderNumber, String... more) {
        return client.post(COLLECT, with(form("loginName", LOGIN, "loginPassword", PASSWORD,
                "orderNumber", orderNumber), more));
    }

    @Test
    void shouldAnswerBeingProcessedWhenOrderAwaitsValidation() {
        Response response = collect(place("pending.example.com"), "queryType", "1");

        assertThat(response.form()).containsEntry("errorCode", "0")
                .containsEntry("certificateStatus", "Awaiting Validation");
        assertThat(response.form()).doesNotContainKey("certificate");
    }

    @Test
    void shouldAnswerAvailableWhenStatusOnlyIsAskedForIssuedOrder() {
        String number = place("available.example.com");
        completeValidation(number);

        Response response = collect(number, "queryType", "0");

        assertThat(response.form()).containsEntry("errorCode", "1").containsEntry("certificateStatus", "Valid")
                .containsKeys("certificateID", "notBefore", "notAfter");
    }

    @Test
    void shouldReturnLeafAndEachCaCertificateWhenIndividuallyEncoded() throws Exception {
        String number = place("individual.example.com");
        completeValidation(number);

        Response response = collect(number, "queryType", "1", "responseType", "3");

        assertThat(response.form()).containsEntry("errorCode", "2");
        X509Certificate leaf = Certificates.one(response.form().get("certificate"));
        List<X509Certificate> chain = new ArrayList<>();
        response.all("caCertificate").forEach(pem -> chain.add(Certificates.one(pem)));
        assertThat(chain).hasSize(2);
        Certificates.verifyChain(leaf, chain, Certificates.one(client.get("/sandbox/ca/root.pem").body()));
    }

    @Test
    void shouldReturnOnlyLeafWhenQueryTypeIs2AndOnlyChainWhenQueryTypeIs3() {
        String number = place("split.example.com");
        completeValidation(number);

        assertThat(collect(number, "queryType", "2").formNames()).contains("certificate")
                .doesNotContain("caCertificate");
        assertThat(collect(number, "queryType", "3").formNames()).contains("caCertificate")
                .doesNotContain("certificate");
    }

    @Test
    void shouldFindOrderByCertificateIdWhenNoOrderNumberIsGiven() {
        Response placed = autoApply(with(dv("byid.example.com"), "showCertificateID", "Y"));
        completeValidation(placed.lines().get(1));

        Response response = client.post(COLLECT, form("loginName", LOGIN, "loginPassword", PASSWORD,
                "certificateID", placed.lines().get(4), "queryType", "2"));

        assertThat(response.form()).containsEntry("orderNumber", placed.lines().get(1)).containsKey("certificate");
    }

    @Test
    void shouldReturnPkcs7PemWhenResponseTypeIs2() throws Exception {
        String number = place("pkcs7.example.com");
        completeValidation(number);

        String pkcs7 = collect(number, "queryType", "1", "responseType", "2").form().get("pkcs7");

        assertThat(pkcs7).startsWith("-----BEGIN PKCS7-----");
        assertThat(CertificateFactory.getInstance("X.509")
                .generateCertificates(new ByteArrayInputStream(pkcs7.getBytes()))).hasSize(3);
    }

    @Test
    void shouldReturnBinaryPkcs7WhenResponseEncodingIs1() throws Exception {
        String number = place("binary.example.com");
        completeValidation(number);

        Response response = collect(number, "queryType", "1", "responseType", "2", "responseEncoding", "1");

        assertThat(response.contentType()).startsWith("application/pkcs7-mime");
        assertThat(CertificateFactory.getInstance("X.509")
                .generateCertificates(new ByteArrayInputStream(response.bytes()))).hasSize(3);
    }

    @Test
    void shouldReturnZipOfCrtFilesWhenResponseTypeIs0() throws Exception {
        String number = place("zip.example.com");
        completeValidation(number);

        byte[] zip = Base64.getDecoder().decode(collect(number, "queryType", "1", "responseType", "0")
                .form().get("zipFile"));

        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        assertThat(names).containsExactly("zip_example_com.crt", "SandboxIssuingCA.crt", "SandboxRootCA.crt");
    }

    @Test
    void shouldReturnNetscapeSequenceWhenResponseTypeIs1() {
        String number = place("netscape.example.com");
        completeValidation(number);

        String sequence = collect(number, "queryType", "1", "responseType", "1").form()
                .get("netscapeCertificateSequence");

        assertThat(Base64.getDecoder().decode(sequence)).isNotEmpty();
    }

    @Test
    void shouldAnswerJsonWithCaCertificateArrayWhenResponseFormatIs2() {
        String number = place("json.example.com");
        completeValidation(number);

        Response response = collect(number, "queryType", "3", "responseFormat", "2");

        assertThat(response.contentType()).startsWith("application/json");
        assertThat(response.body()).startsWith("{\"errorCode\":2,").contains("\"caCertificate\":[\"-----BEGIN");
    }

    @Test
    void shouldAnswerMinus3WhenQueryTypeIsMissing() {
        assertThat(collect(place("noquery.example.com")).form()).containsEntry("errorCode", "-3")
                .containsEntry("errorMessage", "The 'queryType' argument is missing!");
    }

    @Test
    void shouldAnswerMinus4WhenOrderIsUnknown() {
        assertThat(collect("1", "queryType", "0").form()).containsEntry("errorCode", "-4");
    }

    @Test
    void shouldAnswerMinus16WithLoginMessageWhenPasswordIsWrong() {
        Response response = client.post(COLLECT, Map.of("loginName", LOGIN, "loginPassword", "nope",
                "orderNumber", "1", "queryType", "0"));

        assertThat(response.body()).isEqualTo("errorCode=-16&errorMessage=Incorrect+login+details%2C+account+is+"
                + "locked%2C+password+has+expired+or+your+source+IP+is+blocked.");
    }
}
