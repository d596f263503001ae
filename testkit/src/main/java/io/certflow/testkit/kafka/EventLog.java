package io.certflow.testkit.kafka;

import io.certflow.events.Event;
import io.certflow.testkit.Infrastructure;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import static org.awaitility.Awaitility.await;

/**
 * The shared broker's topics as a service test sees them: events published the way another
 * service's outbox relay would (the contract's JSON, on the event's topic, with its key), and what
 * a topic holds, read from the beginning without joining any consumer group of the service.
 */
public final class EventLog {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final ObjectMapper json;

    /** {@code json}: the service context's mapper, which knows the contract's serdes. */
    public EventLog(ObjectMapper json) {
        this.json = json;
    }

    /** Publishes {@code event} and waits for the broker's acknowledgement. */
    @SuppressWarnings("unchecked")
    public void publish(Event event) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, Infrastructure.kafka().bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer())) {
            byte[] value = json.writeValueAsBytes((Argument<Event>) Argument.of(event.getClass()), event);
            producer.send(new ProducerRecord<>(event.topic(), event.key(), value)).get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing " + event, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot publish " + event, e);
        }
    }

    /** Waits (up to 30 s) for a record with {@code key} on {@code topic} and answers the first. */
    public <T> T first(String topic, String key, Class<T> type) {
        List<T> found = new ArrayList<>();
        await().atMost(PATIENCE).until(() -> {
            found.addAll(all(topic, key, type));
            return !found.isEmpty();
        });
        return found.get(0);
    }

    /** Every record with {@code key} that {@code topic} holds now, from its beginning to its current end. */
    public <T> List<T> all(String topic, String key, Class<T> type) {
        List<T> values = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (key.equals(record.key())) {
                        values.add(json.readValue(record.value(), type));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return values;
    }

    private static KafkaConsumer<String, byte[]> consumer() {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, Infrastructure.kafka().bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new ByteArrayDeserializer());
    }
}
