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
 * travels in {@code providerStatus} for support and is never branched on. The two statuses that
 * carry a {@code verificationCode} name the page of Sectigo's web site where the customer acts on it.
 */
enum SectigoStatus {
    ISSUED("issued", CertificateStatus.ISSUED),
    REVOKED("revoked", CertificateStatus.REVOKED),
    REPLACED("replaced", CertificateStatus.REPLACED),
    AWAITING_BRAND_VALIDATION("awaitingbrandvalidation", CertificateStatus.AWAITING_BRAND_VALIDATION),
    FAILED("failed", CertificateStatus.FAILED),
    REJECTED("rejected", CertificateStatus.REJECTED),
    VERIFIED("verified", CertificateStatus.AWAITING_VERIFICATION, "/products/EnterCallbackCode"),
    CLICK_THROUGH("click-through", CertificateStatus.AWAITING_CLICK_THROUGH, "/products/ExecuteAgreementsWithCode");

    private final String word;
    private final CertificateStatus certificateStatus;
    @Nullable
    private final String nextStepPath;

    SectigoStatus(String word, CertificateStatus certificateStatus) {
        this(word, certificateStatus, null);
    }

    SectigoStatus(String word, CertificateStatus certificateStatus, @Nullable String nextStepPath) {
        this.word = word;
        this.certificateStatus = certificateStatus;
        this.nextStepPath = nextStepPath;
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

    /** OV callback / EV click-through page on Sectigo's web site; empty for every other status. */
    Optional<String> nextStepPath() {
        return Optional.ofNullable(nextStepPath);
    }

    /** {@code issued/6}, or {@code verified} when no code came. */
    String providerStatus(@Nullable Integer code) {
        return code == null ? word : word + "/" + code;
    }
}
