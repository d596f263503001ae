package io.certflow.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Creator;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Objects;
import java.util.UUID;

/**
 * Sectigo reported a new state for an order's certificate. Produced by webhook-receiver (from a push)
 * and sectigo-gateway (from collection, when pushes stay silent); consumed by order-intake (status,
 * next step for the customer), notifier (callback / click-through emails), cert-store (revoked and
 * replaced certificates) and sectigo-gateway (an order a push settled needs no collection). Duplicates are normal:
 * Sectigo retries pushes and collection may report what a push already said. Key: {@code orderId}.
 * The producer has already met the Sectigo number with its order (webhook-receiver holds a push
 * back until {@link OrderPlaced} names the order), so no consumer joins again (v2; v1 was keyed by
 * the Sectigo number and carried the order id only when known).
 *
 * @param metadata             event metadata; {@code correlationId} is the order id
 * @param sectigoOrderNumber   Sectigo's {@code orderNumber}
 * @param sectigoCertificateId Sectigo's {@code certificateID}, if reported
 * @param orderId              certflow's order id
 * @param status               the new state
 * @param description          Sectigo's {@code statusDesc}, e.g. the reason of a failure; optional
 * @param verificationCode     for {@code AWAITING_VERIFICATION} and {@code AWAITING_CLICK_THROUGH}: the
 *                             code for the OV callback / EV click-through link; absent otherwise
 * @param providerStatus       Sectigo's {@code status} and {@code statusCode} as received ({@code issued/6}, or
 *                             {@code verified} when no code came), for support only; never dispatch on it
 * @param origin               push or collection
 * @param nextStepUrl          for {@code AWAITING_VERIFICATION}: Sectigo's OV callback link; for
 *                             {@code AWAITING_CLICK_THROUGH}: its EV click-through link; built by the producer
 *                             from the order number and verification code; absent otherwise
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CertificateStatusChanged(
        EventMetadata metadata,
        String sectigoOrderNumber,
        String sectigoCertificateId,
        UUID orderId,
        CertificateStatus status,
        String description,
        String verificationCode,
        String providerStatus,
        StatusOrigin origin,
        String nextStepUrl) implements Event {

    @Creator
    public CertificateStatusChanged {
        Checks.requireType(metadata, Topics.CERTIFICATE_STATUS_CHANGED);
        Objects.requireNonNull(sectigoOrderNumber, "sectigoOrderNumber");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(origin, "origin");
    }

    /** A status that asks nothing of the customer. */
    public CertificateStatusChanged(EventMetadata metadata, String sectigoOrderNumber, String sectigoCertificateId,
                                    UUID orderId, CertificateStatus status, String description,
                                    String verificationCode, String providerStatus, StatusOrigin origin) {
        this(metadata, sectigoOrderNumber, sectigoCertificateId, orderId, status, description, verificationCode,
                providerStatus, origin, null);
    }

    public static CertificateStatusChanged of(String source, String sectigoOrderNumber, String sectigoCertificateId,
                                              UUID orderId, CertificateStatus status, String description,
                                              String verificationCode, String providerStatus,
                                              StatusOrigin origin) {
        return of(source, sectigoOrderNumber, sectigoCertificateId, orderId, status, description, verificationCode,
                providerStatus, origin, null);
    }

    public static CertificateStatusChanged of(String source, String sectigoOrderNumber, String sectigoCertificateId,
                                              UUID orderId, CertificateStatus status, String description,
                                              String verificationCode, String providerStatus,
                                              StatusOrigin origin, String nextStepUrl) {
        return new CertificateStatusChanged(
                EventMetadata.now(Topics.CERTIFICATE_STATUS_CHANGED, source, orderId.toString()),
                sectigoOrderNumber, sectigoCertificateId, orderId, status, description, verificationCode,
                providerStatus, origin, nextStepUrl);
    }

    @Override
    public String topic() {
        return Topics.CERTIFICATE_STATUS_CHANGED;
    }

    @Override
    public String key() {
        return orderId.toString();
    }
}
