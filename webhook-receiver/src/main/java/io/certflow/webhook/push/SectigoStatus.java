package io.certflow.webhook.push;

import io.certflow.events.CertificateStatus;
import io.micronaut.core.annotation.Nullable;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Sectigo's push {@code status} words (section 6 of the v2.0 text) and the certflow status each one
 * means. The word decides: {@code statusCode} only refines it (6 or 9 for issued, 3 or 5 for failed)
 * and {@code verified} / {@code click-through} come with whatever code the order has, so the code
 * travels in {@code providerStatus} for support and is never branched on.
 */
enum SectigoStatus {
    ISSUED("issued", CertificateStatus.ISSUED),
    REVOKED("revoked", CertificateStatus.REVOKED),
    REPLACED("replaced", CertificateStatus.REPLACED),
    AWAITING_BRAND_VALIDATION("awaitingbrandvalidation", CertificateStatus.AWAITING_BRAND_VALIDATION),
    FAILED("failed", CertificateStatus.FAILED),
    REJECTED("rejected", CertificateStatus.REJECTED),
    VERIFIED("verified", CertificateStatus.AWAITING_VERIFICATION),
    CLICK_THROUGH("click-through", CertificateStatus.AWAITING_CLICK_THROUGH);

    private final String word;
    private final CertificateStatus certificateStatus;

    SectigoStatus(String word, CertificateStatus certificateStatus) {
        this.word = word;
        this.certificateStatus = certificateStatus;
    }

    static Optional<SectigoStatus> of(String word) {
        String normalized = word.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(status -> status.word.equals(normalized)).findFirst();
    }

    String word() {
        return word;
    }

    CertificateStatus certificateStatus() {
        return certificateStatus;
    }

    /** {@code issued/6}, or {@code verified} when no code came. */
    String providerStatus(@Nullable Integer code) {
        return code == null ? word : word + "/" + code;
    }
}
