package io.certflow.gateway.sectigo;

import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;

/**
 * An order Sectigo has: its number and what else it told us about it.
 *
 * @param awaitsAuthorization placed with {@code reseller=Y}: Sectigo processes it only after
 *                            {@code !AutoAuthorize}
 */
public record SectigoOrder(String orderNumber, @Nullable String certificateId, @Nullable BigDecimal cost,
                           @Nullable String currency, @Nullable String uniqueValue, boolean awaitsAuthorization) {

    public SectigoOrder(String orderNumber, @Nullable String certificateId, @Nullable BigDecimal cost,
                        @Nullable String currency, @Nullable String uniqueValue) {
        this(orderNumber, certificateId, cost, currency, uniqueValue, false);
    }

    public SectigoOrder awaitingAuthorization(boolean awaits) {
        return new SectigoOrder(orderNumber, certificateId, cost, currency, uniqueValue, awaits);
    }
}
