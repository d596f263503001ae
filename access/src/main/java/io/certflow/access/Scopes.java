package io.certflow.access;

/**
 * What a token may do, as {@code @Secured} names them. The four scopes come from the token's OAuth 2.0
 * {@code scope} claim; {@link #OPERATOR} is a role from its {@code roles} claim and sees every tenant.
 * {@link ScopeRolesFinder} makes both visible to {@code @Secured}.
 */
public final class Scopes {

    /** Submit new orders for the token's tenant. */
    public static final String ORDERS_SUBMIT = "orders:submit";
    /** Read the tenant's orders and their timelines. */
    public static final String ORDERS_READ = "orders:read";
    /** Replace, revoke and renew the tenant's orders. */
    public static final String ORDERS_MANAGE = "orders:manage";
    /** Search and download the tenant's certificates. */
    public static final String CERTIFICATES_READ = "certificates:read";
    /** The operator role: reads and manages the orders and certificates of every tenant. */
    public static final String OPERATOR = "operator";

    private Scopes() {
    }
}
