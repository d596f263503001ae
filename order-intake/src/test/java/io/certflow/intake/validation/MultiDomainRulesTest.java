package io.certflow.intake.validation;

import io.certflow.events.Dcv;
import io.certflow.events.DcvMethod;
import io.certflow.events.DomainDcv;
import io.certflow.intake.csr.Csrs;
import io.certflow.intake.order.Orders;
import io.certflow.intake.product.Product;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static io.certflow.intake.validation.Validation.errors;
import static io.certflow.intake.validation.Validation.fields;
import static io.certflow.intake.validation.Validation.valid;
import static org.assertj.core.api.Assertions.assertThat;

class MultiDomainRulesTest {

    private static final List<String> NAMES = Orders.NAMES;

    @Test
    void shouldAcceptWhenEveryNameHasAnApprover() {
        assertThat(valid(Orders.ovMultiDomain().build()).order().domainNames()).isEqualTo(NAMES);
    }

    @Test
    void shouldRequireNamesAndPrimaryWhenProductIsMultiDomain() {
        assertThat(fields(Orders.ovMultiDomain().domainNames(List.of()).primaryDomainName(null)
                .dcv(Dcv.of(DcvMethod.CNAME_CSR_HASH)).build()))
                .containsExactlyInAnyOrder("domainNames", "primaryDomainName");
    }

    @Test
    void shouldRejectPrimaryWhenNotAmongNames() {
        assertThat(fields(Orders.ovMultiDomain().primaryDomainName("other.example.com").build()))
                .containsExactly("primaryDomainName");
    }

    @Test
    void shouldNameEntryWhenNameIsInvalidOrRepeated() {
        List<String> names = List.of(Orders.DOMAIN, "not a name", "SHOP.example.com");

        assertThat(errors(cnameOrder(names))).extracting(e -> e.field() + ": " + e.reason()).containsExactlyInAnyOrder(
                "domainNames[1]: is not a fully-qualified domain name", "domainNames[2]: repeats domainNames[0]");
    }

    @Test
    void shouldRequireCommonNameToBeCoveredWhenNamesOmitIt() {
        assertThat(errors(cnameOrder(List.of("api.example.com")).toBuilder().primaryDomainName("api.example.com")
                .build())).singleElement().satisfies(e -> {
                    assertThat(e.field()).isEqualTo("domainNames");
                    assertThat(e.reason()).contains("must cover the CSR's Common Name " + Orders.DOMAIN);
                });
    }

    @Test
    void shouldAcceptWildcardCoveringCommonNameWhenProductTakesWildcards() {
        valid(cnameOrder(List.of("*.example.com", "example.com")).toBuilder().csr(Csrs.rsa("shop.example.com"))
                .primaryDomainName("example.com").build());
    }

    @Test
    void shouldRejectWildcardNameWhenProductIsEv() {
        assertThat(fields(cnameOrder(List.of(Orders.DOMAIN, "*.example.com")).toBuilder().product(410)
                .organization(Orders.evOrganization()).build())).containsExactly("domainNames[1]");
    }

    @Test
    void shouldRejectNamesWhenMoreThanProductMaximum() {
        List<String> many = IntStream.range(0, Product.MAX_NAMES + 1).mapToObj(i -> "n" + i + ".example.com")
                .toList();
        List<String> names = new java.util.ArrayList<>(many);
        names.set(0, Orders.DOMAIN);

        assertThat(errors(cnameOrder(names).toBuilder().primaryDomainName(Orders.DOMAIN).build()))
                .singleElement().satisfies(e -> assertThat(e.reason()).contains("takes at most 250"));
    }

    @Test
    void shouldAcceptOnlyCommonNameWhenProductIsSingleDomain() {
        valid(Orders.ov().domainNames(List.of(Orders.DOMAIN)).build());
        assertThat(fields(Orders.ov().domainNames(List.of(Orders.DOMAIN, "www.shop.example.com")).build()))
                .containsExactly("domainNames");
    }

    @Test
    void shouldRequireOneApproverPerNameWhenEmailAddressesAreGiven() {
        assertThat(errors(Orders.ovMultiDomain().dcv(new Dcv(DcvMethod.EMAIL, null,
                List.of("admin@shop.example.com"))).build())).singleElement().satisfies(e -> {
                    assertThat(e.field()).isEqualTo("dcv.emailAddresses");
                    assertThat(e.reason()).contains("exactly one per domainNames entry (3)");
                });
    }

    @Test
    void shouldNameApproverWhenItIsNotForItsDomain() {
        assertThat(fields(Orders.ovMultiDomain().dcv(new Dcv(DcvMethod.EMAIL, null, List.of("admin@shop.example.com",
                "admin@shop.example.com", "admin@shop.example.com"))).build())).containsExactly("dcv.emailAddresses[2]");
    }

    @Test
    void shouldRequireApproversWhenMethodIsEmailWithoutThem() {
        assertThat(fields(Orders.ovMultiDomain().dcv(Dcv.email("admin@example.com")).build()))
                .containsExactlyInAnyOrder("dcv.emailAddress", "dcv.emailAddresses");
    }

    @Test
    void shouldAcceptPerDomainMethodsWhenInDomainOrder() {
        valid(Orders.ovMultiDomain().dcv(perDomain(NAMES.get(0), NAMES.get(1), NAMES.get(2))).build());
    }

    @Test
    void shouldRejectPerDomainEntryWhenOutOfOrderOrApproverMissing() {
        Dcv dcv = new Dcv(DcvMethod.CNAME_CSR_HASH, null, List.of(), List.of(
                new DomainDcv(NAMES.get(1), DcvMethod.CNAME_CSR_HASH, null),
                new DomainDcv(NAMES.get(0), DcvMethod.HTTP_CSR_HASH, null),
                new DomainDcv(NAMES.get(2), DcvMethod.EMAIL, null)));

        assertThat(fields(Orders.ovMultiDomain().dcv(dcv).build())).containsExactlyInAnyOrder(
                "dcv.domains[0].domain", "dcv.domains[1].domain", "dcv.domains[2].emailAddress");
    }

    @Test
    void shouldRejectBothWhenEmailAddressesAndDomainsAreGiven() {
        Dcv both = new Dcv(DcvMethod.EMAIL, null, List.of("admin@shop.example.com", "admin@shop.example.com",
                "admin@example.com"), perDomain(NAMES.get(0), NAMES.get(1), NAMES.get(2)).domains());

        assertThat(fields(Orders.ovMultiDomain().dcv(both).build())).containsExactly("dcv");
    }

    @Test
    void shouldRejectPerNameDcvWhenProductIsSingleDomain() {
        assertThat(fields(Orders.ov().dcv(perDomain(Orders.DOMAIN)).build())).containsExactly("dcv.domains");
    }

    private static io.certflow.events.OrderDetails cnameOrder(List<String> names) {
        return Orders.ovMultiDomain().domainNames(names).dcv(Dcv.of(DcvMethod.CNAME_CSR_HASH)).build();
    }

    private static Dcv perDomain(String... names) {
        List<DomainDcv> domains = new java.util.ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            domains.add(i == names.length - 1 && names.length > 1
                    ? new DomainDcv(names[i], DcvMethod.EMAIL, "admin@example.com")
                    : new DomainDcv(names[i], DcvMethod.CNAME_CSR_HASH, null));
        }
        return new Dcv(DcvMethod.CNAME_CSR_HASH, null, List.of(), domains);
    }
}
