package io.certflow.access;

import io.micronaut.security.authentication.Authentication;

import java.util.Objects;
import java.util.Optional;

/**
 * Who is calling, as far as tenancy goes. A client acts for the one tenant its token's
 * {@code tenant} claim names; an operator acts for every tenant but submits for none. Whatever a
 * caller may not see must look exactly like what does not exist (404), so nothing tells one tenant
 * another's order ids.
 *
 * @param subject  the token's {@code sub}, for the audit trail
 * @param tenant   the token's {@code tenant} claim; absent for an operator token without one
 * @param operator whether the token carries the {@link Scopes#OPERATOR} role
 */
public record Caller(String subject, Optional<String> tenant, boolean operator) {

    static final String TENANT_CLAIM = "tenant";

    public Caller {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(tenant, "tenant");
    }

    public static Caller of(Authentication authentication) {
        Object claim = authentication.getAttributes().get(TENANT_CLAIM);
        Optional<String> tenant = claim instanceof String name && !name.isBlank() ? Optional.of(name) : Optional.empty();
        return new Caller(authentication.getName(), tenant, authentication.getRoles().contains(Scopes.OPERATOR));
    }

    /** Whether this caller may see and act on what belongs to {@code owner} (null: written before tenants). */
    public boolean sees(String owner) {
        return operator || (owner != null && tenant.filter(owner::equals).isPresent());
    }

    /** The tenant a new order is filed under; a token without one may not submit. */
    public String tenantForNewOrders() {
        return tenant.orElseThrow(() -> new NoTenantException(subject));
    }

    /** A token that may submit but names no tenant: answered 403, because the token, not the request, is at fault. */
    public static final class NoTenantException extends RuntimeException {
        NoTenantException(String subject) {
            super("The token of '" + subject + "' names no tenant, so it cannot submit orders");
        }
    }
}
