package io.certflow.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A certificate passed verification (parses, key equals the CSR's, names cover the order, chain
 * builds to a trust anchor) and is stored: from now on the order is {@code ISSUED}. Produced by
 * cert-store; consumed by order-intake (status) and notifier (emails the certificate). Key:
 * {@code orderId}.
 *
 * @param metadata                event metadata; {@code correlationId} is the order id
 * @param orderId                 certflow's order id
 * @param certificateId           cert-store's id of the certificate ({@code GET /certificates/{id}})
 * @param sectigoOrderNumber      Sectigo's {@code orderNumber}
 * @param serialNumber            serial number, lower-case hex without separators
 * @param subject                 subject DN (RFC 4514)
 * @param issuer                  issuer DN (RFC 4514)
 * @param subjectAlternativeNames the DNS names / email addresses of the SAN extension
 * @param notBefore               start of validity
 * @param notAfter                end of validity
 * @param sha256Fingerprint       SHA-256 of the DER encoding, lower-case hex without separators
 * @param certificatePem          the leaf certificate, PEM
 * @param chainPems               the verified chain, leaf's issuer first, root last
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CertificateStored(
        EventMetadata metadata,
        UUID orderId,
        UUID certificateId,
        String sectigoOrderNumber,
        String serialNumber,
        String subject,
        String issuer,
        List<String> subjectAlternativeNames,
        @Serdeable.Serializable(using = IsoInstantSerde.class)
        @Serdeable.Deserializable(using = IsoInstantSerde.class)
        Instant notBefore,
        @Serdeable.Serializable(using = IsoInstantSerde.class)
        @Serdeable.Deserializable(using = IsoInstantSerde.class)
        Instant notAfter,
        String sha256Fingerprint,
        String certificatePem,
        List<String> chainPems) implements Event {

    public CertificateStored {
        Checks.requireType(metadata, Topics.CERTIFICATE_STORED);
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(certificateId, "certificateId");
        Objects.requireNonNull(sectigoOrderNumber, "sectigoOrderNumber");
        Objects.requireNonNull(serialNumber, "serialNumber");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(notBefore, "notBefore");
        Objects.requireNonNull(notAfter, "notAfter");
        Objects.requireNonNull(sha256Fingerprint, "sha256Fingerprint");
        Objects.requireNonNull(certificatePem, "certificatePem");
        subjectAlternativeNames = Checks.copyOrEmpty(subjectAlternativeNames);
        chainPems = Checks.copyOrEmpty(chainPems);
    }

    public static CertificateStored of(String source, UUID orderId, UUID certificateId, String sectigoOrderNumber,
                                       String serialNumber, String subject, String issuer,
                                       List<String> subjectAlternativeNames, Instant notBefore, Instant notAfter,
                                       String sha256Fingerprint, String certificatePem, List<String> chainPems) {
        return new CertificateStored(EventMetadata.now(Topics.CERTIFICATE_STORED, source, orderId.toString()),
                orderId, certificateId, sectigoOrderNumber, serialNumber, subject, issuer, subjectAlternativeNames,
                notBefore, notAfter, sha256Fingerprint, certificatePem, chainPems);
    }

    @Override
    public String topic() {
        return Topics.CERTIFICATE_STORED;
    }

    @Override
    public String key() {
        return orderId.toString();
    }
}
