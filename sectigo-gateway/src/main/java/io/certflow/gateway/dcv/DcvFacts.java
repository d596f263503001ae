package io.certflow.gateway.dcv;

import io.certflow.events.RequestFacts;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Objects;

/**
 * What CSR-hash DCV needs from {@code order.requested}'s facts: the MD5 and SHA-256 of the CSR's DER
 * (lower-case hex, as order-intake computed them) and its Common Name, for a single-name order that
 * names its domain nowhere else. The gateway does not decode the CSR itself.
 */
@Serdeable
public record DcvFacts(String csrMd5, String csrSha256, @Nullable String commonName) {

    public DcvFacts {
        Objects.requireNonNull(csrMd5, "csrMd5");
        Objects.requireNonNull(csrSha256, "csrSha256");
    }

    public static DcvFacts of(RequestFacts facts) {
        return new DcvFacts(facts.csrMd5(), facts.csrSha256(), facts.commonName());
    }
}
