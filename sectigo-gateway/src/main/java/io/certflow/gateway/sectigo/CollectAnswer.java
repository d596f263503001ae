package io.certflow.gateway.sectigo;

import io.certflow.events.CertificateStatus;
import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * What one CollectSSL call found: an error, a result ({@code status} ISSUED with the certificate and
 * its chain, or an end such as REVOKED), or nothing yet ({@code status} absent).
 *
 * @param providerStatus Sectigo's {@code certificateStatus} and {@code errorCode} ({@code Valid/2}), for support
 */
public record CollectAnswer(@Nullable SectigoError error, @Nullable CertificateStatus status,
                            @Nullable String providerStatus, @Nullable String certificateId,
                            @Nullable String certificatePem, List<String> chainPems) {

    public static CollectAnswer failed(SectigoError error) {
        return new CollectAnswer(error, null, null, null, null, List.of());
    }

    public boolean hasResult() {
        return error == null && status != null;
    }

    /** A line for the ledger, without certificate content. */
    public String describe() {
        if (error != null) {
            return "error: " + error.message();
        }
        return (status == null ? "pending" : status.name()) + " (" + providerStatus + ")";
    }
}
