package io.certflow.intake.validation;

import io.certflow.events.Customer;
import io.certflow.events.Dcv;
import io.certflow.events.DcvMethod;
import io.certflow.events.FieldError;
import io.certflow.events.OrderDetails;
import io.certflow.intake.csr.Csrs;
import io.certflow.intake.order.Orders;
import io.certflow.intake.product.ProductCatalogue;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OrderValidatorTest {

    private final OrderValidator validator = Validation.VALIDATOR;

    @Test
    void shouldAcceptWhenDvOrderIsComplete() {
        ValidationResult result = validator.validate(Orders.dv().build(), "");

        assertThat(result).isInstanceOfSatisfying(ValidationResult.Valid.class, valid -> {
            assertThat(valid.product().code()).isEqualTo(488);
            assertThat(valid.csr().commonName()).isEqualTo(Orders.DOMAIN);
        });
    }

    @Test
    void shouldAcceptWhenDcvUsesCsrHashWithoutEmail() {
        assertThat(validator.validate(Orders.dv().dcv(Dcv.of(DcvMethod.CNAME_CSR_HASH)).build(), ""))
                .isInstanceOf(ValidationResult.Valid.class);
    }

    @Test
    void shouldNameEveryMissingFieldWhenOrderIsEmpty() {
        List<FieldError> errors = errors(OrderDetails.builder().build(), "");

        assertThat(errors).extracting(FieldError::field)
                .containsExactlyInAnyOrder("type", "days", "customer.email", "csr");
    }

    @Test
    void shouldPrefixFieldsWhenValidatingASubmission() {
        assertThat(errors(Orders.dv().days(400).build(), "order."))
                .containsExactly(new FieldError("order.days", "400 is not allowed: one of " + ProductCatalogue.ALLOWED_DAYS));
    }

    @Test
    void shouldRejectProductWhenCodeIsNotInReference() {
        assertThat(errors(Orders.dv().product(9999).build(), "")).extracting(FieldError::field).containsExactly("product");
    }

    @Test
    void shouldRejectServerSoftwareWhenCodeIsUnknown() {
        assertThat(errors(Orders.dv().serverSoftware(99).build(), "")).extracting(FieldError::field)
                .containsExactly("serverSoftware");
    }

    @Test
    void shouldRejectCsrWithReasonWhenKeyIsTooSmall() {
        assertThat(errors(Orders.dv().csr(Csrs.of(Csrs.RSA_1024, Orders.DOMAIN)).build(), ""))
                .singleElement().satisfies(e -> {
                    assertThat(e.field()).isEqualTo("csr");
                    assertThat(e.reason()).contains("2048 to 8192");
                });
    }

    @Test
    void shouldRejectWildcardWhenProductIsSingleDomain() {
        assertThat(errors(Orders.dv().csr(Csrs.rsa("*.example.com")).build(), ""))
                .singleElement().satisfies(e -> assertThat(e.reason()).contains("may not have a wildcard"));
    }

    @Test
    void shouldRequireWildcardWhenProductIsWildcard() {
        assertThat(errors(Orders.dv().product(489).build(), ""))
                .singleElement().satisfies(e -> assertThat(e.reason()).contains("must have a wildcard"));
    }

    @Test
    void shouldAcceptWildcardWhenProductIsWildcard() {
        assertThat(validator.validate(Orders.dv().product(489).csr(Csrs.rsa("*.example.com")).build(), ""))
                .isInstanceOf(ValidationResult.Valid.class);
    }

    @Test
    void shouldRejectIpAddressWhenUsedAsCommonName() {
        assertThat(errors(Orders.dv().csr(Csrs.rsa("203.0.113.10")).build(), ""))
                .singleElement().satisfies(e -> assertThat(e.reason()).contains("IP address"));
    }

    @Test
    void shouldRejectDomainNamesWhenProductIsSingleDomain() {
        assertThat(errors(Orders.dv().domainNames(List.of("a.example.com")).build(), ""))
                .extracting(FieldError::field).containsExactly("domainNames");
    }

    @Test
    void shouldRejectApproverWhenMailboxIsNotAllowed() {
        assertThat(errors(Orders.dv().dcv(Dcv.email("ceo@example.com")).build(), ""))
                .extracting(FieldError::field).containsExactly("dcv.emailAddress");
    }

    @Test
    void shouldRejectApproverWhenDomainIsUnrelated() {
        assertThat(errors(Orders.dv().dcv(Dcv.email("admin@example.org")).build(), ""))
                .extracting(FieldError::field).containsExactly("dcv.emailAddress");
    }

    @Test
    void shouldRequireDcvMethodWhenMissing() {
        assertThat(errors(Orders.dv().dcv(null).build(), "")).extracting(FieldError::field).containsExactly("dcv.method");
    }

    @Test
    void shouldRejectCustomerEmailWhenMalformed() {
        assertThat(errors(Orders.dv().customer(new Customer("not-an-address", null, null)).build(), ""))
                .extracting(FieldError::field).containsExactly("customer.email");
    }

    private List<FieldError> errors(OrderDetails order, String prefix) {
        ValidationResult result = validator.validate(order, prefix);
        assertThat(result).isInstanceOf(ValidationResult.Invalid.class);
        return ((ValidationResult.Invalid) result).errors();
    }
}
