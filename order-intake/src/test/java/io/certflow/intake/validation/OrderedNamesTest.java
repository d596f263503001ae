package io.certflow.intake.validation;

import io.certflow.events.CertificateType;
import io.certflow.events.OrderDetails;
import io.certflow.events.Smime;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OrderedNamesTest {

    @Test
    void shouldPutPrimaryFirstAndLeaveOutTheCommonNameWhenDomainNamesAreGiven() {
        OrderDetails order = ssl().domainNames(List.of("www.shop.example.com", "Shop.Example.com", "api.example.com"))
                .primaryDomainName("shop.example.com").build();

        assertThat(OrderedNames.of(order, "cn.example.com"))
                .containsExactly("shop.example.com", "www.shop.example.com", "api.example.com");
    }

    @Test
    void shouldNameTheLowerCasedCommonNameWhenNoDomainNamesAreGiven() {
        assertThat(OrderedNames.of(ssl().build(), " Shop.Example.COM ")).containsExactly("shop.example.com");
    }

    @Test
    void shouldNameTheMailboxesOnceWhenOrderIsSmime() {
        OrderDetails order = OrderDetails.builder().type(CertificateType.SMIME)
                .smime(new Smime(List.of("Erika@Example.com", "erika@example.com", "ops@example.com"), null, null))
                .build();

        assertThat(OrderedNames.of(order, null)).containsExactly("erika@example.com", "ops@example.com");
    }

    @Test
    void shouldNameNothingWhenSslOrderHasNeitherDomainNamesNorCommonName() {
        assertThat(OrderedNames.of(ssl().build(), null)).isEmpty();
    }

    private static OrderDetails.Builder ssl() {
        return OrderDetails.builder().type(CertificateType.SSL);
    }
}
