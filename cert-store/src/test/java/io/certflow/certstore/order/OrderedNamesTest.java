package io.certflow.certstore.order;

import io.certflow.events.CertificateType;
import io.certflow.events.OrderDetails;
import io.certflow.events.Smime;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class OrderedNamesTest {

    @Test
    void shouldOrderTheCsrCommonNameWhenSingleNameOrder() {
        OrderDetails order = OrderDetails.builder().type(CertificateType.SSL).build();

        assertThat(OrderedNames.of(Optional.of("shop.example.com"), order)).containsExactly("shop.example.com");
    }

    @Test
    void shouldOrderEveryDomainNameAndNotTheCsrCommonNameWhenMultiDomainOrder() {
        OrderDetails order = OrderDetails.builder().type(CertificateType.SSL).primaryDomainName("b.example.com")
                .domainNames(List.of("a.example.com", "*.example.com", "B.example.com", "c.example.org")).build();

        assertThat(OrderedNames.of(Optional.of("csr-cn.example.net"), order))
                .containsExactly("b.example.com", "a.example.com", "*.example.com", "c.example.org");
    }

    @Test
    void shouldOrderTheMailboxesWhenSmimeOrder() {
        OrderDetails order = OrderDetails.builder().type(CertificateType.SMIME)
                .smime(new Smime(List.of("jane@example.org", " Jane@Example.org", "ops@example.org"), null, null))
                .build();

        assertThat(OrderedNames.of(Optional.of("Jane Doe"), order)).containsExactly("jane@example.org",
                "ops@example.org");
    }

    @Test
    void shouldOrderNothingWhenSmimeOrderLacksMailboxes() {
        OrderDetails order = OrderDetails.builder().type(CertificateType.SMIME).build();

        assertThat(OrderedNames.of(Optional.of("Jane Doe"), order)).isEmpty();
    }
}
