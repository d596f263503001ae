package io.certflow.messaging.threads;

import io.certflow.messaging.support.TestContext;
import io.certflow.testkit.Infrastructure;
import io.micronaut.configuration.kafka.ConsumerRegistry;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListenerThreadsTest implements TestPropertyProvider {

    static final String TOPIC = "messaging.test.threads.v1";

    @Inject
    ConsumerRegistry consumers;

    @Override
    public Map<String, String> getProperties() {
        Infrastructure.kafka().createTopics(3, TOPIC);
        return TestContext.properties("messaging_threads", "certflow.outbox.enabled", "false",
                "test.listeners", "threads", "certflow.listeners.threads", "3");
    }

    @Test
    void shouldShareThePartitionsAmongTheConfiguredThreadsWhenThreadsAreSet() {
        Set<String> ids = consumers.getConsumerIds();
        assertThat(ids).hasSize(3);

        // The registry answers with an exception for a consumer that has no assignment yet, and while the
        // group rebalances a consumer may still report a partition that has just moved to another one.
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions().untilAsserted(() -> {
            assertThat(ids).allSatisfy(id -> assertThat(consumers.getConsumerAssignment(id)).hasSize(1));
            List<TopicPartition> assigned = ids.stream()
                    .flatMap(id -> consumers.getConsumerAssignment(id).stream())
                    .toList();
            assertThat(assigned).containsExactlyInAnyOrder(new TopicPartition(TOPIC, 0),
                    new TopicPartition(TOPIC, 1), new TopicPartition(TOPIC, 2));
        });
    }

    @Test
    void shouldRefuseToStartWhenThreadsAreBelowOne() {
        Map<String, Object> properties = new HashMap<>(TestContext.properties("messaging_threads",
                "certflow.outbox.enabled", "false", "certflow.listeners.threads", "0"));

        assertThatThrownBy(() -> ApplicationContext.run(properties).close())
                .hasStackTraceContaining("certflow.listeners.threads must be at least 1");
    }
}
