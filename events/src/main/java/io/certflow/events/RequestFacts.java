package io.certflow.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Objects;

/**
 * What order-intake learnt from the order's CSR when it validated it, so that no consumer decodes the
 * CSR again. Hashes are lower-case hex.
 *
 * @param commonName              the CSR subject's first CN as written; absent when it has none (S/MIME)
 * @param subjectAlternativeNames the dNSName and rfc822Name entries of the CSR's subjectAltName
 *                                request, in the CSR's order, as written; {@code []} when none
 * @param publicKeySha256         SHA-256 of the DER SubjectPublicKeyInfo: the issued certificate must
 *                                carry the same key
 * @param csrMd5                  MD5 of the CSR's DER encoding (Sectigo's CSR-hash DCV)
 * @param csrSha256               SHA-256 of the CSR's DER encoding (Sectigo's CSR-hash DCV)
 * @param keyAlgorithm            {@code RSA} or {@code EC}
 * @param keySize                 RSA modulus bits, or the EC curve's size (256, 384, 521)
 * @param orderedNames            the names the certificate must cover, by the one rule of
 *                                docs/events.md ("Ordered names"): trimmed, lower-case, once each
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record RequestFacts(String commonName, List<String> subjectAlternativeNames, String publicKeySha256,
                           String csrMd5, String csrSha256, String keyAlgorithm, Integer keySize,
                           List<String> orderedNames) {

    public RequestFacts {
        subjectAlternativeNames = Checks.copyOrEmpty(subjectAlternativeNames);
        Objects.requireNonNull(publicKeySha256, "facts.publicKeySha256");
        Objects.requireNonNull(csrMd5, "facts.csrMd5");
        Objects.requireNonNull(csrSha256, "facts.csrSha256");
        Objects.requireNonNull(keyAlgorithm, "facts.keyAlgorithm");
        Objects.requireNonNull(keySize, "facts.keySize");
        orderedNames = Checks.copyOrEmpty(orderedNames);
    }
}
