package io.certflow.notifier.recipient;

import io.certflow.events.OrderChannel;
import io.certflow.events.OrderRequested;
import io.certflow.notifier.support.Fixtures;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecipientTest {

    private static final Instant NOW = Instant.parse("2026-11-22T09:15:30Z");

    @Test
    void shouldNameTheCertificateByTheFirstOrderedNameWhenFactsAreCarried() {
        OrderRequested requested = withNames("www.example.org", "example.org");

        Recipient recipient = Recipient.of(requested, NOW);

        assertThat(recipient.commonName()).isEqualTo("www.example.org");
        assertThat(recipient.domainNames()).containsExactly("www.example.org", "example.org");
    }

    @Test
    void shouldCallItYourCertificateWhenNoNameIsOrdered() {
        Recipient recipient = Recipient.of(withNames(), NOW);

        assertThat(recipient.commonName()).isEqualTo("your certificate");
        assertThat(recipient.domainNames()).isEmpty();
    }

    @Test
    void shouldRefuseNamingFactsWhenEventWasWrittenBeforeThem() {
        OrderRequested requested = Fixtures.requested(UUID.randomUUID(), Fixtures.uniqueEmail());
        OrderRequested old = new OrderRequested(requested.metadata(), requested.orderId(), null, requested.order(),
                null, null, OrderChannel.API);

        assertThatThrownBy(() -> Recipient.of(old, NOW)).hasMessageContaining("facts");
    }

    private static OrderRequested withNames(String... names) {
        OrderRequested requested = Fixtures.requested(UUID.randomUUID(), Fixtures.uniqueEmail());
        return new OrderRequested(requested.metadata(), requested.orderId(), null, requested.order(), null, null,
                OrderChannel.API, Fixtures.facts(names));
    }
}
