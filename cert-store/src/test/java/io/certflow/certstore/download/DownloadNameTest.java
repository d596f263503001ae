package io.certflow.certstore.download;

import io.certflow.certstore.certificate.Certificate;
import io.certflow.certstore.verification.VerifiedCertificate;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class DownloadNameTest {

    @Test
    void shouldNameFileAfterFirstSubjectAlternativeNameWhenOneExists() {
        assertThat(DownloadName.of(certificate(List.of("shop.example.com", "www.shop.example.com")), ".p7b"))
                .isEqualTo("shop.example.com.p7b");
        assertThat(DownloadName.of(certificate(List.of("*.example.com")), ".pem")).isEqualTo("star.example.com.pem");
        assertThat(DownloadName.of(certificate(List.of("jane@example.org")), ".cer")).isEqualTo("jane@example.org.cer");
    }

    @Test
    void shouldFallBackToSerialWhenCertificateHasNoUsableName() {
        assertThat(DownloadName.of(certificate(List.of()), ".cer")).isEqualTo("0a1b.cer");
        assertThat(DownloadName.of(certificate(List.of("...")), ".cer")).isEqualTo("0a1b.cer");
    }

    @Test
    void shouldReplaceCharactersThatCouldBreakTheHeaderWhenNameIsHostile() {
        String header = DownloadName.attachment(certificate(List.of("a\"; filename=x/../evil\r\n.com")), ".pem");

        assertThat(header).isEqualTo("attachment; filename=\"a___filename_x_.._evil__.com.pem\"");
    }

    private static Certificate certificate(List<String> names) {
        Instant now = Instant.now();
        return Certificate.store(UUID.randomUUID(), "acme", "1", null, new VerifiedCertificate("0a1b", "CN=x", "CN=ca",
                names, now, now, "ab", "pem", List.of()), now);
    }
}
