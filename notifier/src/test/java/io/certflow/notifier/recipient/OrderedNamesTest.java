package io.certflow.notifier.recipient;

import io.certflow.events.CertificateType;
import io.certflow.events.OrderDetails;
import io.certflow.events.Smime;
import io.certflow.notifier.support.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OrderedNamesTest {

    @Test
    void shouldTakeCommonNameFromCsrWhenOrderIsSingleDomain() {
        OrderedNames names = OrderedNames.of(OrderDetails.builder().csr(Fixtures.CSR).build());

        assertThat(names.commonName()).isEqualTo("shop.example.com");
        assertThat(names.all()).containsExactly("shop.example.com");
    }

    @Test
    void shouldPutPrimaryDomainFirstWhenOrderIsMultiDomain() {
        OrderedNames names = OrderedNames.of(OrderDetails.builder().csr(Fixtures.CSR)
                .primaryDomainName("www.example.org").domainNames(List.of("example.org", "www.example.org"))
                .build());

        assertThat(names.commonName()).isEqualTo("www.example.org");
        assertThat(names.all()).containsExactly("www.example.org", "example.org");
    }

    @Test
    void shouldStillNameTheCertificateWhenCsrIsUnreadable() {
        OrderedNames names = OrderedNames.of(OrderDetails.builder().csr("not a csr").build());

        assertThat(names.commonName()).isEqualTo("your certificate");
        assertThat(names.all()).isEmpty();
    }

    @Test
    void shouldNameMailboxesWhenOrderIsSmime() {
        OrderedNames names = OrderedNames.of(OrderDetails.builder().type(CertificateType.SMIME).csr(Fixtures.CSR)
                .smime(new Smime(List.of("alice@example.org", "a.l@example.org"), null, null)).build());

        assertThat(names.commonName()).isEqualTo("alice@example.org");
        assertThat(names.all()).containsExactly("alice@example.org", "a.l@example.org");
    }
}
