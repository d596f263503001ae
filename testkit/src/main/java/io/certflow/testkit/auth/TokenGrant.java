package io.certflow.testkit.auth;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What a minted token says: whose it is, for which tenant, with which scopes and roles, and for how
 * long. A negative validity mints a token that has already expired.
 *
 * @param subject  the {@code sub} claim
 * @param tenant   the {@code tenant} claim, or null for none
 * @param scopes   the {@code scope} claim's entries
 * @param roles    the {@code roles} claim
 * @param validity from now to {@code exp}
 */
public record TokenGrant(String subject, String tenant, List<String> scopes, List<String> roles, Duration validity) {

    public static final List<String> CLIENT_SCOPES =
            List.of("orders:submit", "orders:read", "orders:manage", "certificates:read");
    public static final List<String> READER_SCOPES = List.of("orders:read", "certificates:read");

    public TokenGrant {
        Objects.requireNonNull(subject, "subject");
        scopes = List.copyOf(scopes);
        roles = List.copyOf(roles);
        Objects.requireNonNull(validity, "validity");
    }

    /** A tenant's client: every {@code orders:*} scope and {@code certificates:read}, valid for a day. */
    public static TokenGrant client(String subject, String tenant) {
        return scoped(subject, tenant, CLIENT_SCOPES);
    }

    public static TokenGrant scoped(String subject, String tenant, List<String> scopes) {
        return new TokenGrant(subject, tenant, scopes, List.of(), Duration.ofDays(1));
    }

    /** The operator role, no tenant and no scopes. */
    public static TokenGrant operator(String subject) {
        return new TokenGrant(subject, null, List.of(), List.of("operator"), Duration.ofDays(1));
    }

    public TokenGrant validFor(Duration validity) {
        return new TokenGrant(subject, tenant, scopes, roles, validity);
    }
}
