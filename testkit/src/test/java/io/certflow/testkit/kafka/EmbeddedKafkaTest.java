package io.certflow.testkit.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.certflow.testkit.Infrastructure;
import io.certflow.testkit.KafkaBroker;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class EmbeddedKafkaTest {

    private static final int RECORDS = 300;

    @Test
    void shouldDeliverEveryRecordOverAllPartitionsWhenProducerIsIdempotent() throws Exception {
        KafkaBroker kafka = Infrastructure.kafka();
        String topic = "orders-" + UUID.randomUUID();
        kafka.createTopics(3, topic);

        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig(kafka))) {
            List<Future<RecordMetadata>> sends = IntStream.range(0, RECORDS)
                    .mapToObj(i -> producer.send(new ProducerRecord<>(topic, "order-" + i, "payload-" + i)))
                    .toList();
            for (Future<RecordMetadata> send : sends) {
                send.get();
            }
        }

        Set<String> values = ConcurrentHashMap.newKeySet();
        Set<Integer> partitions = ConcurrentHashMap.newKeySet();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig(kafka))) {
            consumer.subscribe(List.of(topic));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    values.add(record.value());
                    partitions.add(record.partition());
                }
                consumer.commitSync();
                assertThat(values).hasSize(RECORDS);
            });
        }
        assertThat(values).containsAll(IntStream.range(0, RECORDS).mapToObj(i -> "payload-" + i).toList());
        assertThat(partitions).containsExactlyInAnyOrder(0, 1, 2);
    }

    @Test
    void shouldCreateTopicWithThreePartitionsWhenAutoCreated() throws Exception {
        KafkaBroker kafka = Infrastructure.kafka();
        String topic = "auto-" + UUID.randomUUID();

        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig(kafka))) {
            producer.send(new ProducerRecord<>(topic, "key", "value")).get();
            assertThat(producer.partitionsFor(topic)).hasSize(3);
        }
    }

    @Test
    void shouldStopBrokerWhenItsStdinCloses() throws IOException {
        try (EmbeddedKafka kafka = EmbeddedKafka.start(KafkaSettings.ephemeral())) {
            Process broker = kafka.process();
            assertThat(broker.isAlive()).isTrue();

            broker.getOutputStream().close();

            await().atMost(Duration.ofSeconds(15)).until(() -> !broker.isAlive());
        }
    }

    private static Map<String, Object> producerConfig(KafkaBroker kafka) {
        return Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    }

    private static Map<String, Object> consumerConfig(KafkaBroker kafka) {
        return Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "group-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
    }
}
