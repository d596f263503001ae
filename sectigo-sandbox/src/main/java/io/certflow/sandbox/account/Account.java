package io.certflow.sandbox.account;

import java.math.BigDecimal;

/**
 * A reseller account. {@code paymentRequired}: Sectigo takes payment from the customer, so orders
 * answer errorCode 1 and the balance is not debited. {@code certificatePush}: pushes are POSTs with
 * the certificate and chain instead of GETs.
 */
public record Account(String loginName, String password, BigDecimal balance, boolean paymentRequired,
                      String pushUrl, String pushUsername, String pushPassword, boolean certificatePush) {

    public boolean pushEnabled() {
        return pushUrl != null && !pushUrl.isBlank();
    }

    public Account withBalance(BigDecimal newBalance) {
        return new Account(loginName, password, newBalance, paymentRequired, pushUrl, pushUsername, pushPassword,
                certificatePush);
    }

    public AccountView view() {
        return new AccountView(loginName, balance, paymentRequired, pushUrl, pushUsername,
                pushPassword == null || pushPassword.isEmpty() ? null : "****", certificatePush);
    }
}
