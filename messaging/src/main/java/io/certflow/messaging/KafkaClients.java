package io.certflow.messaging;

import io.certflow.messaging.security.KafkaClientSecurity;
import io.micronaut.context.annotation.Property;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Serializer;

import java.util.HashMap;
import java.util.Map;

/**
 * Raw Kafka clients for the infrastructure that must control every send itself (outbox relay,
 * dead letters), built from the same {@code kafka.bootstrap.servers} and {@link KafkaClientSecurity}
 * as micronaut-kafka's clients.
 */
@Singleton
public class KafkaClients {

    private final String bootstrapServers;
    private final KafkaClientSecurity security;

    public KafkaClients(@Property(name = "kafka.bootstrap.servers", defaultValue = "localhost:9092") String bootstrapServers,
                        KafkaClientSecurity security) {
        this.bootstrapServers = bootstrapServers;
        this.security = security;
    }

    /**
     * An idempotent producer that waits for all in-sync replicas: no duplicates from its own
     * retries and, with at most five requests in flight, no reordering within a partition.
     */
    public <K, V> KafkaProducer<K, V> reliableProducer(String clientId, Serializer<K> keys, Serializer<V> values) {
        return new KafkaProducer<>(reliableProducerConfig(clientId), keys, values);
    }

    /** The configuration of {@link #reliableProducer}. */
    public Map<String, Object> reliableProducerConfig(String clientId) {
        Map<String, Object> config = new HashMap<>(security.clientProperties());
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        // Fail a send within seconds instead of the two-minute default, so callers back off
        // and report an unreachable broker instead of hanging.
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
        return config;
    }

    /** A consumer without a group, for reading single records by partition and offset. */
    public KafkaConsumer<byte[], byte[]> rawReader(String clientId) {
        Map<String, Object> config = new HashMap<>(security.clientProperties());
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1);
        return new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }
}
