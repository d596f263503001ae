package io.certflow.intake.replacement;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * The body of {@code POST /orders/{orderId}/replacement}.
 *
 * @param csr            the new PKCS#10 CSR, PEM; required
 * @param revokeReplaced revoke the replaced certificate once the new one is issued; default false
 * @param requestId      for clients that cannot send an {@code Idempotency-Key} header
 */
@Serdeable
public record ReplacementForm(@Nullable String csr, @Nullable Boolean revokeReplaced, @Nullable String requestId) {
}
