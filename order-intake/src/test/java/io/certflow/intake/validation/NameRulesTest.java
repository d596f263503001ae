package io.certflow.intake.validation;

import io.certflow.events.ApplicantRepresentative;
import io.certflow.events.Bundle;
import io.certflow.events.CallbackMethod;
import io.certflow.events.Customer;
import io.certflow.events.Dcv;
import io.certflow.events.DcvMethod;
import io.certflow.events.DomainDcv;
import io.certflow.events.FieldError;
import io.certflow.events.OrderDetails;
import io.certflow.events.Smime;
import io.certflow.intake.csr.Csrs;
import io.certflow.intake.order.Orders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import static io.certflow.intake.validation.Validation.errors;
import static io.certflow.intake.validation.Validation.valid;
import static org.assertj.core.api.Assertions.assertThat;

/** The shared email and host-name rules (module names) on every field of an order that carries one. */
class NameRulesTest {

    private static final String IDN = "bücher.example";
    private static final String A_LABELS = "xn--bcher-kva.example";

    static Stream<Arguments> emailFields() {
        Stream<Arguments> fields = Stream.of(
                field("customer.email", a -> Orders.dv().customer(new Customer(a, null, null))),
                field("applicantRepresentative.emailAddress", a -> Orders.ov().applicantRepresentative(
                        new ApplicantRepresentative("Erika", "Mustermann", a, "+49 30 1234567", null, null, null,
                                CallbackMethod.TELEPHONE, false, false))),
                field("bundle.trustLogo.idaEmailAddress", a -> Orders.ov().bundle(
                        new Bundle(new Bundle.TrustLogo(a, null, null), null, null))),
                field("dcv.emailAddress", a -> Orders.dv().dcv(Dcv.email(a))),
                field("dcv.emailAddresses[0]", a -> Orders.ovMultiDomain().dcv(new Dcv(DcvMethod.EMAIL, null,
                        List.of(a, "webmaster@shop.example.com", "hostmaster@example.com")))),
                field("dcv.domains[0].emailAddress", a -> Orders.ovMultiDomain().dcv(new Dcv(DcvMethod.CNAME_CSR_HASH,
                        null, List.of(), List.of(new DomainDcv(Orders.DOMAIN, DcvMethod.EMAIL, a),
                        new DomainDcv("www.shop.example.com", DcvMethod.CNAME_CSR_HASH, null),
                        new DomainDcv("api.example.com", DcvMethod.CNAME_CSR_HASH, null))))),
                field("smime.emailAddresses[0]", a -> Orders.smime().smime(new Smime(List.of(a), null, null))));
        return fields.flatMap(field -> Stream.of("a..b@example.com", "a,b@example.com", "a<b>@example.com")
                .map(address -> Arguments.of(field.get()[0], field.get()[1], address)));
    }

    @ParameterizedTest(name = "{0} = {2}")
    @MethodSource("emailFields")
    void shouldNameTheFieldWhenAnAddressIsOneTheNotifierRefusesOrSplits(String field,
            Function<String, OrderDetails.Builder> order, String address) {
        assertThat(errors(order.apply(address).build())).anySatisfy(error -> {
            assertThat(error.field()).isEqualTo(field);
            assertThat(error.reason()).startsWith("is not a valid email address: ");
        });
    }

    @Test
    void shouldGiveTheSendersReasonWhenAnAddressIsRefused() {
        assertThat(errors(Orders.dv().customer(new Customer("a,b@example.com", null, null)).build()))
                .containsExactly(new FieldError("customer.email",
                        "is not a valid email address: it names 2 addresses; exactly one is required"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"first.last+tag@sub.example.com", "ops@example.co.uk", "ada@xn--bcher-kva.example"})
    void shouldAcceptTheAddressWhenTheNotifierCanSendToIt(String address) {
        valid(Orders.dv().customer(new Customer(address, null, null)).build());
        valid(Orders.smime().smime(new Smime(List.of(address), address, null)).build());
    }

    @Test
    void shouldStoreALabelsWhenTheOrderedNamesAreInternationalised() {
        ValidationResult.Valid valid = valid(multiDomain(Csrs.rsa(IDN), IDN, List.of(IDN, "www." + IDN),
                new Dcv(DcvMethod.CNAME_CSR_HASH, null, List.of(), List.of(
                        new DomainDcv("BÜCHER.example", DcvMethod.CNAME_CSR_HASH, null),
                        new DomainDcv("www." + IDN, DcvMethod.EMAIL, "admin@" + A_LABELS)))));

        assertThat(valid.order().domainNames()).containsExactly(A_LABELS, "www." + A_LABELS);
        assertThat(valid.order().primaryDomainName()).isEqualTo(A_LABELS);
        assertThat(valid.order().dcv().domains()).extracting(DomainDcv::domain)
                .containsExactly(A_LABELS, "www." + A_LABELS);
        assertThat(valid.facts().orderedNames()).containsExactly(A_LABELS, "www." + A_LABELS);
    }

    @Test
    void shouldCompareTheCommonNameInALabelsWhenTheCsrNamesItInULabels() {
        ValidationResult.Valid valid = valid(Orders.dv().csr(Csrs.rsa(IDN)).dcv(Dcv.email("admin@" + A_LABELS))
                .domainNames(List.of(A_LABELS)).build());

        assertThat(valid.facts().orderedNames()).containsExactly(A_LABELS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"*.co.uk", "co.uk", "com"})
    void shouldRefuseTheNameWhenItIsAPublicSuffixOrAWildcardOverOne(String name) {
        List<FieldError> errors = errors(multiDomain(Csrs.rsa("shop.example.co.uk"), "shop.example.co.uk",
                List.of("shop.example.co.uk", name), Dcv.of(DcvMethod.CNAME_CSR_HASH)));

        assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("domainNames[1]");
            assertThat(error.reason()).contains("public suffix");
        });
    }

    @Test
    void shouldRefuseTheCsrWhenItsCommonNameIsAWildcardOverAPublicSuffix() {
        assertThat(errors(Orders.dv().product(289).csr(Csrs.rsa("*.co.uk")).dcv(Dcv.of(DcvMethod.CNAME_CSR_HASH))
                .build())).containsExactly(new FieldError("csr", "has Common Name '*.co.uk', which is a wildcard "
                + "directly under the public suffix co.uk: no one may order it"));
    }

    @Test
    void shouldAcceptNamesUnderAPublicSuffixWhenTheyAreRegistrable() {
        ValidationResult.Valid valid = valid(multiDomain(Csrs.rsa("example.co.uk"), "example.co.uk",
                List.of("example.co.uk", "*.example.co.uk"), Dcv.of(DcvMethod.CNAME_CSR_HASH)));

        assertThat(valid.facts().orderedNames()).containsExactly("example.co.uk", "*.example.co.uk");
    }

    private static OrderDetails multiDomain(String csr, String primary, List<String> names, Dcv dcv) {
        return Orders.ovMultiDomain().csr(csr).primaryDomainName(primary).domainNames(names).dcv(dcv).build();
    }

    private static Arguments field(String name, Function<String, OrderDetails.Builder> order) {
        return Arguments.of(name, order);
    }
}
