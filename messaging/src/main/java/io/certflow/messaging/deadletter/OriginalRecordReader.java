package io.certflow.messaging.deadletter;

import io.certflow.messaging.KafkaClients;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads one record back from Kafka as raw bytes. A listener sees its record only after
 * deserialization (or not at all, when deserialization failed), yet the dead letter must carry
 * the original key, value and headers byte for byte, unknown fields included.
 */
final class OriginalRecordReader implements AutoCloseable {

    private static final Duration READ_TIMEOUT = Duration.ofSeconds(10);

    private final KafkaClients kafka;
    private KafkaConsumer<byte[], byte[]> consumer;

    OriginalRecordReader(KafkaClients kafka) {
        this.kafka = kafka;
    }

    /** Empty if the record no longer exists (retention, compaction) or the broker did not answer. */
    synchronized Optional<ConsumerRecord<byte[], byte[]>> read(String topic, int partition, long offset) {
        TopicPartition topicPartition = new TopicPartition(topic, partition);
        KafkaConsumer<byte[], byte[]> reader = consumer();
        reader.assign(List.of(topicPartition));
        reader.seek(topicPartition, offset);
        Instant deadline = Instant.now().plus(READ_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            for (ConsumerRecord<byte[], byte[]> record : reader.poll(Duration.ofMillis(200))) {
                return record.offset() == offset ? Optional.of(record) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    private KafkaConsumer<byte[], byte[]> consumer() {
        if (consumer == null) {
            consumer = kafka.rawReader("dead-letter-reader-" + UUID.randomUUID());
        }
        return consumer;
    }

    @Override
    public synchronized void close() {
        if (consumer != null) {
            consumer.close(Duration.ofSeconds(5));
            consumer = null;
        }
    }
}
