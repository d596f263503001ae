package io.certflow.testkit.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Runs without Docker: only the container's configuration is checked, nothing is started. */
class ContainerKafkaTest {

    @Test
    void shouldConfigureContainerLikeEmbeddedBrokerWhenDockerIsUsed() {
        var container = ContainerKafka.container();

        assertThat(container.getEnvMap())
                .containsEntry("KAFKA_NUM_PARTITIONS", "3")
                .containsEntry("KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS", "0")
                .containsEntry("KAFKA_TRANSACTION_STATE_LOG_MIN_ISR", "1");
    }
}
