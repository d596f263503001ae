package io.certflow.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A stored certificate crossed an expiry threshold (e.g. 30, 14, 7 days left) and has not been
 * replaced. Produced by cert-store's expiry scan, once per certificate and threshold; consumed by
 * notifier (reminder email). Key: {@code orderId}.
 *
 * @param metadata                event metadata; {@code correlationId} is the order id
 * @param orderId                 certflow's order id
 * @param certificateId           cert-store's id of the certificate
 * @param commonName              the subject CN, if any
 * @param subjectAlternativeNames the names the certificate covers
 * @param notAfter                end of validity
 * @param daysLeft                whole days from the scan to {@code notAfter}
 * @param thresholdDays           the threshold that was crossed
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CertificateExpiring(
        EventMetadata metadata,
        UUID orderId,
        UUID certificateId,
        String commonName,
        List<String> subjectAlternativeNames,
        @Serdeable.Serializable(using = IsoInstantSerde.class)
        @Serdeable.Deserializable(using = IsoInstantSerde.class)
        Instant notAfter,
        int daysLeft,
        int thresholdDays) implements Event {

    public CertificateExpiring {
        Checks.requireType(metadata, Topics.CERTIFICATE_EXPIRING);
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(certificateId, "certificateId");
        Objects.requireNonNull(notAfter, "notAfter");
        subjectAlternativeNames = Checks.copyOrEmpty(subjectAlternativeNames);
    }

    public static CertificateExpiring of(String source, UUID orderId, UUID certificateId, String commonName,
                                         List<String> subjectAlternativeNames, Instant notAfter, int daysLeft,
                                         int thresholdDays) {
        return new CertificateExpiring(EventMetadata.now(Topics.CERTIFICATE_EXPIRING, source, orderId.toString()),
                orderId, certificateId, commonName, subjectAlternativeNames, notAfter, daysLeft, thresholdDays);
    }

    @Override
    public String topic() {
        return Topics.CERTIFICATE_EXPIRING;
    }

    @Override
    public String key() {
        return orderId.toString();
    }
}
