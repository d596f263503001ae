package io.certflow.certstore.certificate;

import io.certflow.certstore.verification.VerifiedCertificate;
import io.certflow.events.RevocationReason;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class CertificateTest {

    private static final Instant T1 = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant T2 = Instant.parse("2026-02-01T00:00:00Z");

    private final Certificate valid = Certificate.store(UUID.randomUUID(), "acme", "1234567", null,
            new VerifiedCertificate("01", "CN=a.example.com", "CN=CA", List.of("a.example.com"), T1, T2, "ab",
                    "pem", List.of()), T1);

    @Test
    void shouldRecordTimeAndReasonWhenRevoked() {
        Certificate revoked = valid.revoke(T2, RevocationReason.KEY_COMPROMISE);

        assertThat(revoked.status()).isEqualTo(CertificateStatus.REVOKED);
        assertThat(revoked.revokedAt()).isEqualTo(T2);
        assertThat(revoked.revocationReason()).isEqualTo(RevocationReason.KEY_COMPROMISE);
        assertThat(revoked.isCurrent()).isFalse();
    }

    @Test
    void shouldChangeNothingWhenRevokedAgain() {
        Certificate revoked = valid.revoke(T1, RevocationReason.SUPERSEDED);

        assertThat(revoked.revoke(T2, RevocationReason.KEY_COMPROMISE)).isSameAs(revoked);
        assertThat(revoked.replaceBy(null, T2)).isSameAs(revoked);
    }

    @Test
    void shouldTakeReasonOfAuthoritativeRevocationWhenPushRevokedFirst() {
        Certificate fromPush = valid.revoke(T1, null);

        Certificate fromGateway = fromPush.revoke(T2, RevocationReason.CESSATION_OF_OPERATION);

        assertThat(fromGateway.revocationReason()).isEqualTo(RevocationReason.CESSATION_OF_OPERATION);
        assertThat(fromGateway.revokedAt()).isEqualTo(T2);
    }

    @Test
    void shouldLearnSuccessorAndStillBeRevocableWhenReplaced() {
        UUID successor = UUID.randomUUID();

        Certificate replaced = valid.replaceBy(null, T1);
        Certificate known = replaced.replaceBy(successor, T2);
        Certificate revoked = known.revoke(T2, RevocationReason.SUPERSEDED);

        assertThat(replaced.status()).isEqualTo(CertificateStatus.REPLACED);
        assertThat(known.replacedByCertificateId()).isEqualTo(successor);
        assertThat(known.replacedAt()).isEqualTo(T1);
        assertThat(known.replaceBy(UUID.randomUUID(), T2)).isSameAs(known);
        assertThat(revoked.status()).isEqualTo(CertificateStatus.REVOKED);
        assertThat(revoked.replacedByCertificateId()).isEqualTo(successor);
    }

    @Test
    void shouldStayRevokedButNameSuccessorWhenReplacedAfterRevocation() {
        UUID successor = UUID.randomUUID();

        Certificate replaced = valid.revoke(T1, RevocationReason.SUPERSEDED).replaceBy(successor, T2);

        assertThat(replaced.status()).isEqualTo(CertificateStatus.REVOKED);
        assertThat(replaced.replacedByCertificateId()).isEqualTo(successor);
    }
}
