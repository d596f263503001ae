package io.certflow.sandbox;

import io.certflow.sandbox.ca.CaProperties;
import io.certflow.sandbox.ca.CertificateAuthority;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A configured CA directory keeps the same root across restarts. */
class CaPersistenceTest {

    @TempDir
    Path directory;

    @Test
    void shouldLoadSameRootWhenDirectoryIsReused() throws Exception {
        CertificateAuthority first = new CertificateAuthority(new CaProperties(directory.toString()));
        CertificateAuthority second = new CertificateAuthority(new CaProperties(directory.toString()));

        assertThat(second.rootPem()).isEqualTo(first.rootPem());
        assertThat(second.chainPem()).isEqualTo(first.chainPem());
        second.issuer().certificate().verify(second.rootCertificate().getPublicKey());
        assertThat(directory.resolve("root-key.pem")).exists();
    }

    @Test
    void shouldCreateNewRootWhenNoDirectoryIsConfigured() {
        assertThat(new CertificateAuthority(new CaProperties(null)).rootPem())
                .isNotEqualTo(new CertificateAuthority(new CaProperties("")).rootPem());
    }
}
