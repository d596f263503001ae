package io.certflow.sandbox;

import io.certflow.sandbox.support.SandboxTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static io.certflow.sandbox.support.SandboxClient.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** openssl accepts what the sandbox issues (skipped where openssl is not installed). */
@MicronautTest
class OpensslVerifyTest extends SandboxTest {

    private static final File OPENSSL = new File("/usr/bin/openssl");

    @TempDir
    Path directory;

    @BeforeEach
    void requireOpenssl() {
        assumeTrue(OPENSSL.canExecute(), "openssl is not installed at /usr/bin/openssl");
    }

    private String run(String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(OPENSSL.getPath()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
        assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    private void writeCa() throws Exception {
        Files.writeString(directory.resolve("root.pem"), client.get("/sandbox/ca/root.pem").body());
        Files.writeString(directory.resolve("chain.pem"), client.get("/sandbox/ca/chain.pem").body());
    }

    private String collected(String orderNumber) {
        completeValidation(orderNumber);
        return client.post("/products/download/CollectSSL", form("loginName", LOGIN, "loginPassword", PASSWORD,
                "orderNumber", orderNumber, "queryType", "2")).form().get("certificate");
    }

    @Test
    void shouldBeAcceptedByOpensslVerifyWhenTlsCertificateIsIssued() throws Exception {
        writeCa();
        Files.writeString(directory.resolve("leaf.pem"), collected(autoApply(dv("openssl.example.com"))
                .lines().get(1)));

        assertThat(run("verify", "-CAfile", "root.pem", "-untrusted", "chain.pem", "leaf.pem"))
                .contains("leaf.pem: OK");
        assertThat(run("verify", "-purpose", "sslserver", "-CAfile", "root.pem", "-untrusted", "chain.pem",
                "leaf.pem")).contains("leaf.pem: OK");
    }

    @Test
    void shouldBeAcceptedForSmimeWhenSmimeCertificateIsIssued() throws Exception {
        writeCa();
        String number = client.post("/products/!PlaceOrder", form("loginName", LOGIN, "loginPassword", PASSWORD,
                "ap", "certflow", "reseller", "N", "emailAddress", "jane@example.org", "1_PPP", "2411",
                "1_smimeEmailAddresses", "jane@example.org", "1_csr",
                io.certflow.sandbox.support.Csrs.ec("Jane"))).form().get("orderNumber");
        Files.writeString(directory.resolve("leaf.pem"), collected(number));

        assertThat(run("verify", "-purpose", "smimesign", "-CAfile", "root.pem", "-untrusted", "chain.pem",
                "leaf.pem")).contains("leaf.pem: OK");
    }
}
