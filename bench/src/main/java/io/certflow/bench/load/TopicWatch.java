package io.certflow.bench.load;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads topics from their end as a passive observer: assigned partitions, no consumer group, so the
 * system's own consumers never rebalance because of it. Remembers, per topic and key, the first
 * record's timestamp (set by the producing service when it published) and, for the topics asked for,
 * its value.
 */
public final class TopicWatch implements AutoCloseable {

    private final KafkaConsumer<String, String> consumer;
    private final Set<String> keepValuesOf;
    private final Map<String, Map<String, Seen>> seen = new ConcurrentHashMap<>();
    private final Thread poller;
    private volatile boolean running = true;

    private TopicWatch(String bootstrapServers, List<String> topics, Set<String> keepValuesOf) {
        this.keepValuesOf = keepValuesOf;
        this.consumer = new KafkaConsumer<>(properties(bootstrapServers));
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics) {
            seen.put(topic, new ConcurrentHashMap<>());
            consumer.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
        }
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        this.poller = new Thread(this::poll, "bench-topic-watch");
        poller.setDaemon(true);
        poller.start();
    }

    /** Starts watching; records published before this call are not seen. */
    public static TopicWatch start(String bootstrapServers, List<String> topics, Set<String> keepValuesOf) {
        return new TopicWatch(bootstrapServers, topics, keepValuesOf);
    }

    public Map<String, Seen> seen(String topic) {
        return seen.get(topic);
    }

    /** How many of {@code keys} have been seen on {@code topic}. */
    public long countSeen(String topic, Collection<String> keys) {
        Map<String, Seen> onTopic = seen.get(topic);
        return keys.stream().filter(onTopic::containsKey).count();
    }

    private void poll() {
        while (running) {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
                String value = keepValuesOf.contains(record.topic()) ? record.value() : null;
                seen.get(record.topic()).putIfAbsent(String.valueOf(record.key()),
                        new Seen(record.timestamp(), value));
            }
        }
        consumer.close(Duration.ofSeconds(2));
    }

    @Override
    public void close() {
        running = false;
        try {
            poller.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Properties properties(String bootstrapServers) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
        return properties;
    }

    /** A record's producer timestamp (epoch ms) and, where kept, its value. */
    public record Seen(long timestampMillis, String value) {
    }
}
