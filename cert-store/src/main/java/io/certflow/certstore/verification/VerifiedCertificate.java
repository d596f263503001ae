package io.certflow.certstore.verification;

import java.time.Instant;
import java.util.List;

/**
 * A certificate that passed every check, with what is stored and published about it.
 *
 * @param serialNumber      lower-case hex
 * @param subject           RFC 4514
 * @param issuer            RFC 4514
 * @param sha256Fingerprint SHA-256 of the DER encoding, lower-case hex
 * @param certificatePem    the leaf, re-encoded from its DER
 * @param chainPems         the verified chain, leaf's issuer first, root last (as far as delivered)
 */
public record VerifiedCertificate(
        String serialNumber,
        String subject,
        String issuer,
        List<String> subjectAlternativeNames,
        Instant notBefore,
        Instant notAfter,
        String sha256Fingerprint,
        String certificatePem,
        List<String> chainPems) {

    public VerifiedCertificate {
        subjectAlternativeNames = List.copyOf(subjectAlternativeNames);
        chainPems = List.copyOf(chainPems);
    }
}
