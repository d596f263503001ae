package io.certflow.sandbox.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;

/** A change to an account through the control API; absent fields keep their value. */
@Serdeable
public record AccountSettings(@Nullable String password, @Nullable BigDecimal balance,
                              @Nullable Boolean paymentRequired, @Nullable String pushUrl,
                              @Nullable String pushUsername, @Nullable String pushPassword,
                              @Nullable Boolean certificatePush) {

    Account applyTo(Account current) {
        return new Account(current.loginName(), or(password, current.password()), or(balance, current.balance()),
                or(paymentRequired, current.paymentRequired()), or(pushUrl, current.pushUrl()),
                or(pushUsername, current.pushUsername()), or(pushPassword, current.pushPassword()),
                or(certificatePush, current.certificatePush()));
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
