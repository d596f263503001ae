package io.certflow.testkit.kafka;

import io.certflow.testkit.KafkaBroker;
import org.testcontainers.kafka.KafkaContainer;

/** Kafka in Docker, for machines with an engine; configured like {@link EmbeddedKafka}. */
public final class ContainerKafka implements KafkaBroker, AutoCloseable {

    public static final String IMAGE = "apache/kafka:4.1.1";

    private final KafkaContainer container;

    private ContainerKafka(KafkaContainer container) {
        this.container = container;
    }

    public static ContainerKafka start() {
        KafkaContainer container = container();
        container.start();
        return new ContainerKafka(container);
    }

    /** Unstarted, so it can be checked on machines without Docker. */
    static KafkaContainer container() {
        return new KafkaContainer(IMAGE)
                .withEnv("KAFKA_NUM_PARTITIONS", "3")
                .withEnv("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "true")
                .withEnv("KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS", "0")
                .withEnv("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR", "1")
                .withEnv("KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR", "1")
                .withEnv("KAFKA_TRANSACTION_STATE_LOG_MIN_ISR", "1");
    }

    @Override
    public String bootstrapServers() {
        return container.getBootstrapServers();
    }

    @Override
    public void createTopics(int partitions, String... topics) {
        KafkaTopics.create(bootstrapServers(), partitions, topics);
    }

    /** Idempotent, as Testcontainers' stop() is. */
    @Override
    public void close() {
        container.stop();
    }
}
