package io.certflow.testkit.micronaut;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.certflow.testkit.Infrastructure;
import io.micronaut.configuration.kafka.annotation.ErrorStrategy;
import io.micronaut.configuration.kafka.annotation.ErrorStrategyValue;
import io.micronaut.configuration.kafka.annotation.KafkaClient;
import io.micronaut.configuration.kafka.annotation.KafkaKey;
import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.configuration.kafka.annotation.Topic;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** micronaut-kafka 5.9 (clients 3.9.1) against the 4.3.1 broker, wired only by micronautProperties. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MicronautWiringTest implements TestPropertyProvider {

    @Inject
    PingClient client;

    @Inject
    PingListener listener;

    @Override
    public Map<String, String> getProperties() {
        return Infrastructure.micronautProperties("wiring");
    }

    @Test
    void shouldDeliverRecordWhenContextIsConfiguredByTestkit() {
        client.send("key", "ping");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(listener.received()).contains("ping"));
    }

    @KafkaClient(acks = KafkaClient.Acknowledge.ALL)
    interface PingClient {
        @Topic("wiring-ping")
        void send(@KafkaKey String key, String value);
    }

    @KafkaListener(groupId = "wiring", offsetReset = OffsetReset.EARLIEST,
            offsetStrategy = OffsetStrategy.SYNC_PER_RECORD,
            errorStrategy = @ErrorStrategy(value = ErrorStrategyValue.RETRY_ON_ERROR))
    static class PingListener {

        private final List<String> received = new CopyOnWriteArrayList<>();

        @Topic("wiring-ping")
        void receive(String value) {
            received.add(value);
        }

        List<String> received() {
            return received;
        }
    }
}
