package io.certflow.sandbox.account;

import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;

/** An account as the control API shows it: never with its passwords. */
@Serdeable
public record AccountView(String loginName, BigDecimal balance, boolean paymentRequired, String pushUrl,
                          String pushUsername, String pushPassword, boolean certificatePush) {
}
