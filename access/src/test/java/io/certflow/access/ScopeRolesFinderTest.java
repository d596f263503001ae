package io.certflow.access;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ScopeRolesFinderTest {

    private final ScopeRolesFinder finder = new ScopeRolesFinder();

    @Test
    void shouldReadEveryScopeWhenTheScopeClaimIsOneSpaceSeparatedString() {
        assertThat(finder.resolveRoles(Map.of("scope", " orders:submit  orders:read certificates:read")))
                .containsExactly(Scopes.ORDERS_SUBMIT, Scopes.ORDERS_READ, Scopes.CERTIFICATES_READ);
    }

    @Test
    void shouldAddTheRolesWhenTheTokenCarriesBothClaims() {
        assertThat(finder.resolveRoles(Map.of("scope", "orders:read", "roles", List.of("operator"))))
                .containsExactly(Scopes.ORDERS_READ, Scopes.OPERATOR);
    }

    @Test
    void shouldGrantNothingWhenTheTokenHasNeitherClaim() {
        assertThat(finder.resolveRoles(Map.of("sub", "someone", "tenant", "acme"))).isEmpty();
    }
}
