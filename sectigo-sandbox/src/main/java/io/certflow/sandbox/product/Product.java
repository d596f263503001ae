package io.certflow.sandbox.product;

import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;

/**
 * One product code. {@code yearlyPrice} is charged per 365 days for certificates (pro rata for other
 * terms); add-ons (TrustLogo, CodeGuard, HackerGuardian) cost their price whatever the term.
 */
@Serdeable
public record Product(int code, String name, Kind kind, Validation validation, Scope scope,
                      BigDecimal yearlyPrice, int fixedDays) {

    public enum Kind { SSL, SMIME, TRUSTLOGO, CODEGUARD, HACKERGUARDIAN }

    public boolean isCertificate() {
        return kind == Kind.SSL || kind == Kind.SMIME;
    }
}
