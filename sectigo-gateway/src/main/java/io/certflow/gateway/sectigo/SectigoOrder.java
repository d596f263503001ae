package io.certflow.gateway.sectigo;

import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;

/** An order Sectigo has: its number and what else it told us about it. */
public record SectigoOrder(String orderNumber, @Nullable String certificateId, @Nullable BigDecimal cost,
                           @Nullable String currency, @Nullable String uniqueValue) {
}
