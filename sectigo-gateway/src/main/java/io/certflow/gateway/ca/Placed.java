package io.certflow.gateway.ca;

import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;

/**
 * An order the CA has: its number and what else it told us about it.
 *
 * @param uniqueValue         the request token the order's DCV values derive from (SSL); null for S/MIME
 * @param awaitsAuthorization the CA processes the order only after {@link CertificateAuthority#authorize}
 */
public record Placed(String orderNumber, @Nullable String certificateId, @Nullable BigDecimal cost,
                     @Nullable String currency, @Nullable String uniqueValue, boolean awaitsAuthorization)
        implements OrderOutcome {

    public static Placed of(String orderNumber, @Nullable String uniqueValue) {
        return new Placed(orderNumber, null, null, null, uniqueValue, false);
    }
}
