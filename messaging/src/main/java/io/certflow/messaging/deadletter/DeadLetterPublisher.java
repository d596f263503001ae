package io.certflow.messaging.deadletter;

import io.certflow.events.Topics;
import io.certflow.messaging.KafkaClients;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Copies a record that could not be processed to {@code <topic>.dlt}: the original key, value and
 * headers, byte for byte, plus {@link DeadLetterHeaders}. A failing publish is retried with
 * backoff, because the record must not be skipped before its copy is safe.
 */
@Singleton
public class DeadLetterPublisher {

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterPublisher.class);
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(200);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(10);

    private final KafkaClients kafka;
    private final DeadLetterProperties properties;
    private final OriginalRecordReader reader;
    private final CountDownLatch closing = new CountDownLatch(1);
    private volatile KafkaProducer<byte[], byte[]> producer;

    public DeadLetterPublisher(KafkaClients kafka, DeadLetterProperties properties) {
        this.kafka = kafka;
        this.properties = properties;
        this.reader = new OriginalRecordReader(kafka);
    }

    /**
     * Publishes the dead letter and waits for the broker's acknowledgement.
     *
     * @return {@code false} if it could not be published within {@code give-up-after}, or the
     * application is shutting down
     */
    public boolean publish(FailedRecord failed) {
        Instant deadline = Instant.now().plus(properties.giveUpAfter());
        Duration backoff = FIRST_BACKOFF;
        while (closing.getCount() > 0) {
            try {
                attempt(failed);
                return true;
            } catch (Exception e) {
                if (Instant.now().plus(backoff).isAfter(deadline)) {
                    return false;
                }
                LOG.warn("Dead letter for {} not published yet, retrying in {} ms: {}",
                        failed, backoff.toMillis(), e.getClass().getName() + ": " + e.getMessage());
                await(backoff);
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
        return false;
    }

    private void attempt(FailedRecord failed) throws Exception {
        ConsumerRecord<byte[], byte[]> original = reader.read(failed.topic(), failed.partition(), failed.offset())
                .orElseThrow(() -> new IllegalStateException("original record could not be read back"));
        ProducerRecord<byte[], byte[]> deadLetter = new ProducerRecord<>(Topics.deadLetterOf(failed.topic()), null,
                original.key(), original.value(), new RecordHeaders(original.headers().toArray()));
        DeadLetterHeaders.describe(deadLetter.headers(), original, failed.failure(), failed.consumerGroup());
        producer().send(deadLetter).get(30, TimeUnit.SECONDS);
    }

    private KafkaProducer<byte[], byte[]> producer() {
        if (producer == null) {
            synchronized (this) {
                if (producer == null) {
                    producer = kafka.reliableProducer("dead-letter-" + UUID.randomUUID(),
                            new ByteArraySerializer(), new ByteArraySerializer());
                }
            }
        }
        return producer;
    }

    private void await(Duration duration) {
        try {
            closing.await(duration.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closing.countDown();
        }
    }

    @PreDestroy
    public void close() {
        closing.countDown();
        reader.close();
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }
}
