package io.certflow.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Sectigo delivered a signed certificate, not yet verified: Sectigo signs nothing, so this is only a
 * claim until cert-store checks it. Produced by webhook-receiver (POST push) and sectigo-gateway
 * (CollectSSL); consumed by cert-store, which answers with {@link CertificateStored} or
 * {@link CertificateQuarantined}, and by sectigo-gateway (a pushed certificate needs no collection).
 * Key: {@code orderId}, which the producer always knows (v2; see {@link CertificateStatusChanged}).
 *
 * @param metadata             event metadata; {@code correlationId} is the order id
 * @param sectigoOrderNumber   Sectigo's {@code orderNumber}
 * @param sectigoCertificateId Sectigo's {@code certificateID}, if reported
 * @param orderId              certflow's order id
 * @param certificatePem       the leaf certificate, PEM, as received
 * @param chainPems            the CA certificates, one PEM each, as received (any order); empty if none
 * @param origin               push or collection
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CertificateIssued(
        EventMetadata metadata,
        String sectigoOrderNumber,
        String sectigoCertificateId,
        UUID orderId,
        String certificatePem,
        List<String> chainPems,
        StatusOrigin origin) implements Event {

    public CertificateIssued {
        Checks.requireType(metadata, Topics.CERTIFICATE_ISSUED);
        Objects.requireNonNull(sectigoOrderNumber, "sectigoOrderNumber");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(certificatePem, "certificatePem");
        Objects.requireNonNull(origin, "origin");
        chainPems = Checks.copyOrEmpty(chainPems);
    }

    public static CertificateIssued of(String source, String sectigoOrderNumber, String sectigoCertificateId,
                                       UUID orderId, String certificatePem, List<String> chainPems,
                                       StatusOrigin origin) {
        return new CertificateIssued(
                EventMetadata.now(Topics.CERTIFICATE_ISSUED, source, orderId.toString()),
                sectigoOrderNumber, sectigoCertificateId, orderId, certificatePem, chainPems, origin);
    }

    @Override
    public String topic() {
        return Topics.CERTIFICATE_ISSUED;
    }

    @Override
    public String key() {
        return orderId.toString();
    }
}
