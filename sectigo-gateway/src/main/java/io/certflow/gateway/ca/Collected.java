package io.certflow.gateway.ca;

import io.certflow.events.CertificateStatus;
import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * What one collection found: a failure, a result ({@code status} ISSUED with the certificate and its
 * chain, or an end such as REVOKED), or nothing yet ({@code status} absent).
 *
 * @param providerStatus the CA's own words for the state, for support
 */
public record Collected(@Nullable String failure, @Nullable CertificateStatus status,
                        @Nullable String providerStatus, @Nullable String certificateId,
                        @Nullable String certificatePem, List<String> chainPems) {

    public static Collected failed(String failure) {
        return new Collected(failure, null, null, null, null, List.of());
    }

    public boolean hasResult() {
        return failure == null && status != null;
    }

    /** A line for the ledger, without certificate content. */
    public String describe() {
        if (failure != null) {
            return "error: " + failure;
        }
        return (status == null ? "pending" : status.name()) + " (" + providerStatus + ")";
    }
}
