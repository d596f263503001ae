package io.certflow.access;

import io.micronaut.security.authentication.Authentication;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CallerTest {

    @Test
    void shouldSeeOnlyItsOwnTenantWhenItIsAClient() {
        Caller acme = Caller.of(Authentication.build("acme-client", List.of(Scopes.ORDERS_READ), Map.of("tenant", "acme")));

        assertThat(acme.sees("acme")).isTrue();
        assertThat(acme.sees("globex")).isFalse();
        assertThat(acme.sees(null)).isFalse();
        assertThat(acme.tenantForNewOrders()).isEqualTo("acme");
    }

    @Test
    void shouldSeeEveryTenantWhenItIsAnOperator() {
        Caller operator = Caller.of(Authentication.build("ops", List.of(Scopes.OPERATOR), Map.of()));

        assertThat(operator.sees("acme")).isTrue();
        assertThat(operator.sees("globex")).isTrue();
        assertThat(operator.sees(null)).isTrue();
    }

    @Test
    void shouldRefuseToFileAnOrderWhenTheTokenNamesNoTenant() {
        Caller operator = Caller.of(Authentication.build("ops", List.of(Scopes.OPERATOR), Map.of()));

        assertThatThrownBy(operator::tenantForNewOrders).isInstanceOf(Caller.NoTenantException.class)
                .hasMessageContaining("ops");
    }
}
