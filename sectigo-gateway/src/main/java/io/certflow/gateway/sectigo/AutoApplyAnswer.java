package io.certflow.gateway.sectigo;

import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;

/**
 * What {@code !AutoApplyOrder} answered, whatever the response format. {@code statusCode} 0 is a
 * success, 1 a success with payment required; below 0 an error with {@code errorMessage}.
 */
record AutoApplyAnswer(int statusCode, @Nullable String errorMessage, @Nullable String orderNumber,
                              @Nullable BigDecimal totalCost, @Nullable String certificateId,
                              @Nullable String certificateStatus, @Nullable String uniqueValue) {

    public static AutoApplyAnswer error(int statusCode, @Nullable String message) {
        return new AutoApplyAnswer(statusCode, message, null, null, null, null, null);
    }

    public boolean successful() {
        return statusCode >= 0;
    }
}
