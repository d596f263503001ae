package io.certflow.sandbox.account;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;

/** The reseller account that exists at start and after every reset. */
@ConfigurationProperties("certflow.sandbox.default-account")
public record DefaultAccountProperties(String loginName, String loginPassword, BigDecimal balance,
                                       boolean paymentRequired, @Nullable String pushUrl,
                                       @Nullable String pushUsername, @Nullable String pushPassword,
                                       boolean certificatePush) {

    Account toAccount() {
        return new Account(loginName, loginPassword, balance, paymentRequired, pushUrl, pushUsername, pushPassword,
                certificatePush);
    }
}
