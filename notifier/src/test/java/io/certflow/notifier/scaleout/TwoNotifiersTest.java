package io.certflow.notifier.scaleout;

import io.certflow.events.CertificateStored;
import io.certflow.events.OrderPlaced;
import io.certflow.notifier.support.Fixtures;
import io.certflow.notifier.support.LifecycleFixtures;
import io.certflow.notifier.support.NotifierTestContext;
import io.micronaut.configuration.kafka.ConsumerRegistry;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two notifier instances (this test's context and a second one) on one database and one Kafka:
 * the consumer groups share the partitions, each instance's mail sender works the one queue, and
 * every customer still gets one email per order and news although each event is delivered twice
 * and the certificate is announced twice (push and collection).
 */
@MicronautTest(transactional = false)
class TwoNotifiersTest extends NotifierTestContext {

    private static final int ORDERS = 12;

    @Inject
    ConsumerRegistry consumers;

    private ApplicationContext second;

    @Override
    protected String database() {
        return "notifier_two_instances";
    }

    @BeforeAll
    void startSecondInstance() {
        Map<String, Object> properties = new HashMap<>(getProperties());
        properties.put("micronaut.server.port", -1);
        second = ApplicationContext.run(properties, Environment.TEST);
    }

    @AfterAll
    void stopSecondInstance() {
        if (second != null) {
            second.close();
        }
    }

    @Test
    void shouldSendOneEmailPerOrderAndNewsWhenTwoInstancesConsumeTheSameEvents() {
        await().atMost(Duration.ofSeconds(60))
                .until(() -> !assigned(consumers).isEmpty() && !assigned(second.getBean(ConsumerRegistry.class)).isEmpty());
        List<String> emails = new ArrayList<>();
        List<CertificateStored> lastEvents = new ArrayList<>();
        for (int i = 0; i < ORDERS; i++) {
            UUID orderId = UUID.randomUUID();
            String email = Fixtures.uniqueEmail();
            String number = LifecycleFixtures.uniqueSectigoOrder();
            OrderPlaced placed = LifecycleFixtures.placed(orderId, number, null);
            CertificateStored pushed = LifecycleFixtures.stored(orderId, UUID.randomUUID(), number);
            CertificateStored collected = LifecycleFixtures.stored(orderId, UUID.randomUUID(), number);
            publish(Fixtures.requested(orderId, email));
            publish(placed);
            publish(placed);
            publish(pushed);
            publish(collected);
            publish(pushed);
            emails.add(email);
            lastEvents.add(pushed);
        }

        await().atMost(Duration.ofSeconds(60)).until(() -> lastEvents.stream().allMatch(this::processed)
                && queryLong("SELECT count(*) FROM outgoing_mail WHERE status = 'QUEUED'") == 0);

        for (String email : emails) {
            assertThat(mailsTo(email, "Your certificate order for ")).as("placed mail to %s", email).hasSize(1);
            assertThat(mailsTo(email, "Your certificate for ")).as("issued mail to %s", email).hasSize(1);
        }
        assertThat(queryLong("SELECT count(*) FROM outgoing_mail")).isEqualTo(2L * ORDERS);
    }

    private static Set<TopicPartition> assigned(ConsumerRegistry registry) {
        Set<TopicPartition> partitions = new HashSet<>();
        for (String id : registry.getConsumerIds()) {
            try {
                partitions.addAll(registry.getConsumerAssignment(id));
            } catch (IllegalArgumentException notAssignedYet) {
                // The registry answers so for a consumer that has no partitions yet.
            }
        }
        return partitions;
    }
}
