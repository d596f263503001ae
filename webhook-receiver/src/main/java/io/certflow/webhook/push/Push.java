package io.certflow.webhook.push;

import io.certflow.events.CertificateIssued;
import io.certflow.events.CertificateStatus;
import io.certflow.events.CertificateStatusChanged;
import io.certflow.events.StatusOrigin;
import io.micronaut.core.annotation.Nullable;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One validated push, in Sectigo's terms, and the events it becomes. {@code eventType} is what
 * S/MIME pushes carry besides {@code status}; it is kept for support, never branched on.
 */
record Push(
        String orderNumber,
        @Nullable String certificateId,
        SectigoStatus status,
        @Nullable Integer statusCode,
        @Nullable String statusDesc,
        @Nullable String verificationCode,
        @Nullable String certificatePem,
        List<String> chainPems,
        @Nullable String eventType) {

    Push {
        chainPems = List.copyOf(chainPems);
    }

    CertificateStatus certificateStatus() {
        return status.certificateStatus();
    }

    String providerStatus() {
        return status.providerStatus(statusCode);
    }

    CertificateStatusChanged statusChanged(String source, @Nullable UUID orderId, @Nullable String nextStepUrl) {
        return CertificateStatusChanged.of(source, orderNumber, certificateId, orderId, certificateStatus(),
                statusDesc, verificationCode, providerStatus(), StatusOrigin.PUSH, nextStepUrl);
    }

    /**
     * Only an {@code issued} push delivers a certificate. Sectigo's POST push also attaches the
     * certificate to later pushes (revoked, replaced); announcing those as issued would have
     * cert-store store and the notifier email a certificate that is no longer valid.
     */
    Optional<CertificateIssued> issued(String source, @Nullable UUID orderId) {
        if (certificatePem == null || status != SectigoStatus.ISSUED) {
            return Optional.empty();
        }
        return Optional.of(CertificateIssued.of(source, orderNumber, certificateId, orderId, certificatePem,
                chainPems, StatusOrigin.PUSH));
    }

    /**
     * SHA-256 over every parameter in a fixed order, each length-prefixed so that no two different
     * pushes encode alike. Sectigo's retry of the same push yields the same key. {@code eventType}
     * is appended only when present, so pushes without it keep the keys they were stored under.
     */
    String dedupeKey() {
        StringBuilder canonical = new StringBuilder();
        for (String value : new String[] {orderNumber, certificateId, status.word(),
                statusCode == null ? null : statusCode.toString(), statusDesc, verificationCode, certificatePem,
                String.join("", chainPems)}) {
            append(canonical, value);
        }
        if (eventType != null) {
            append(canonical, eventType);
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static void append(StringBuilder canonical, @Nullable String value) {
        canonical.append(value == null ? -1 : value.length()).append(':').append(value == null ? "" : value)
                .append('\n');
    }
}
