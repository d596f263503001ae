package io.certflow.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Objects;
import java.util.UUID;

/**
 * A delivered certificate failed verification and is kept aside, never emailed. Produced by
 * cert-store; consumed by order-intake (status) and operations (alerting). Key: {@code orderId};
 * for {@link QuarantineReason#UNKNOWN_ORDER}, where no order id exists, the
 * {@code sectigoOrderNumber}.
 *
 * @param metadata             event metadata; {@code correlationId} is the order id when known
 * @param orderId              certflow's order id; absent only for {@code UNKNOWN_ORDER}
 * @param sectigoOrderNumber   Sectigo's {@code orderNumber}
 * @param sectigoCertificateId Sectigo's {@code certificateID}, if reported
 * @param reason               the first check that failed
 * @param detail               what exactly failed, for an operator
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CertificateQuarantined(
        EventMetadata metadata,
        UUID orderId,
        String sectigoOrderNumber,
        String sectigoCertificateId,
        QuarantineReason reason,
        String detail) implements Event {

    public CertificateQuarantined {
        Checks.requireType(metadata, Topics.CERTIFICATE_QUARANTINED);
        Objects.requireNonNull(sectigoOrderNumber, "sectigoOrderNumber");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
        if (orderId == null && reason != QuarantineReason.UNKNOWN_ORDER) {
            throw new IllegalArgumentException("orderId may be absent only for UNKNOWN_ORDER");
        }
    }

    public static CertificateQuarantined of(String source, UUID orderId, String sectigoOrderNumber,
                                            String sectigoCertificateId, QuarantineReason reason, String detail) {
        return new CertificateQuarantined(
                EventMetadata.now(Topics.CERTIFICATE_QUARANTINED, source, orderId == null ? null : orderId.toString()),
                orderId, sectigoOrderNumber, sectigoCertificateId, reason, detail);
    }

    @Override
    public String topic() {
        return Topics.CERTIFICATE_QUARANTINED;
    }

    @Override
    public String key() {
        return orderId == null ? sectigoOrderNumber : orderId.toString();
    }
}
