package io.certflow.testkit;

/** A running Kafka broker, embedded or in a container. */
public interface KafkaBroker {

    String bootstrapServers();

    /** Creates the topics with replication factor 1; topics that already exist are left as they are. */
    void createTopics(int partitions, String... topics);
}
