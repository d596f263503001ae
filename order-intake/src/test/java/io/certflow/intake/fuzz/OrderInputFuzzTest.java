package io.certflow.intake.fuzz;

import io.certflow.intake.csr.CsrParser;
import io.certflow.intake.order.Orders;
import io.certflow.intake.product.ProductCatalogue;
import io.certflow.intake.submission.OrderForm;
import io.certflow.intake.validation.OrderValidator;
import io.certflow.intake.validation.ValidationResult;
import io.micronaut.serde.ObjectMapper;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * 10,000 hostile CSRs and 10,000 hostile order bodies through what a request reaches in-process:
 * the body's JSON binding (Micronaut Serde, as the server uses it), the CSR parser and the order
 * validator (which parses the CSR). Each must end in a value or a refusal the server answers with 4xx
 * (an I/O error of the binding, field errors), never another exception (a 5xx), and
 * within a bound. {@link HostileRequestsHttpTest} sends a sample of the same inputs over HTTP.
 */
class OrderInputFuzzTest {

    private static final Duration BOUND = Duration.ofSeconds(2);
    private static final ObjectMapper JSON = ObjectMapper.getDefault();
    private static final OrderValidator VALIDATOR = new OrderValidator(new CsrParser(), new ProductCatalogue(),
            Clock.systemUTC());

    @Property(tries = 10_000, seed = "11")
    void shouldParseOrRefuseWithinBoundWhenCsrIsHostile(@ForAll("csrs") String csr) {
        assertTimeoutPreemptively(BOUND, () -> {
            ValidationResult result = VALIDATOR.validate(Orders.dv().csr(csr).build(), "");
            if (result instanceof ValidationResult.Invalid invalid) {
                assertThat(invalid.errors()).isNotEmpty();
            }
        });
    }

    @Property(tries = 10_000, seed = "11")
    void shouldBindAndValidateOrRefuseWithinBoundWhenOrderBodyIsHostile(@ForAll("orders") String body) {
        assertTimeoutPreemptively(BOUND, () -> {
            OrderForm form;
            try {
                form = JSON.readValue(body, OrderForm.class);
            } catch (IOException refused) {
                return;
            }
            assertThat(form.order()).isNotNull();
            ValidationResult result = VALIDATOR.validate(form.order(), "");
            assertThat(result).isNotNull();
        });
    }

    @Provide
    Arbitrary<String> csrs() {
        return Arbitraries.longs().map(HostileCsrs::from);
    }

    @Provide
    Arbitrary<String> orders() {
        return Arbitraries.longs().map(HostileOrders::from);
    }
}
