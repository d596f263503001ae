package io.certflow.messaging.deadletter;

import io.certflow.events.Topics;
import io.certflow.messaging.support.SideEffects;
import io.certflow.messaging.support.TestContext;
import io.certflow.messaging.support.TestEvent;
import io.certflow.messaging.support.TopicReader;
import io.certflow.testkit.Infrastructure;
import io.micronaut.configuration.kafka.ConsumerRegistry;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static io.certflow.messaging.support.TopicReader.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeadLetterTest implements TestPropertyProvider {

    static final String TOPIC = "messaging.test.poison.v1";
    static final String DEAD_LETTERS = Topics.deadLetterOf(TOPIC);
    private static final int GOOD_RECORDS = 30;

    @Inject
    ConsumerRegistry consumers;
    @Inject
    PoisonListener listener;
    @Inject
    SideEffects sideEffects;
    @Inject
    ObjectMapper json;

    @Override
    public Map<String, String> getProperties() {
        Infrastructure.kafka().createTopics(3, TOPIC, DEAD_LETTERS);
        // Ten records a poll, so one poll mixes the poison records with good ones.
        return TestContext.properties("messaging_dead_letter", "test.listeners", "dead-letter",
                "kafka.consumers.dead-letter-test.max.poll.records", "10");
    }

    @Test
    void shouldDeadLetterEachPoisonRecordOnceAndProcessAllOthersWhenAPollMixesThem() throws Exception {
        List<ProducerRecord<byte[], byte[]>> sent = records();
        ProducerRecord<byte[], byte[]> throwing = sent.get(7);
        ProducerRecord<byte[], byte[]> notJson = sent.get(18);
        send(sent);

        consumers.resume(PoisonListener.CLIENT_ID);

        await().atMost(Duration.ofSeconds(30)).until(() -> sideEffects.eventIds(PoisonListener.CONSUMER).size() == GOOD_RECORDS);
        try (TopicReader reader = new TopicReader(DEAD_LETTERS, 3)) {
            await().atMost(Duration.ofSeconds(20)).until(() -> reader.poll().size() >= 2);
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() -> reader.poll().size() == 2);
            Map<String, ConsumerRecord<byte[], byte[]>> byKey = reader.poll().stream()
                    .collect(Collectors.toMap(r -> new String(r.key(), StandardCharsets.UTF_8), r -> r));
            assertDeadLetter(byKey.get("key-7"), throwing, IllegalStateException.class.getName());
            assertDeadLetter(byKey.get("key-18"), notJson,
                    org.apache.kafka.common.errors.RecordDeserializationException.class.getName());
        }
        assertThat(listener.poisonAttempts).hasValue(1 + io.certflow.messaging.ListenerDefaults.RETRY_COUNT);
        assertThat(sideEffects.eventIds(PoisonListener.CONSUMER)).doesNotHaveDuplicates();
        await().atMost(Duration.ofSeconds(10)).until(this::everyRecordCommitted);
    }

    private void assertDeadLetter(ConsumerRecord<byte[], byte[]> deadLetter, ProducerRecord<byte[], byte[]> original,
                                  String exceptionClass) {
        assertThat(deadLetter).as("dead letter of %s", new String(original.key())).isNotNull();
        assertThat(deadLetter.value()).isEqualTo(original.value());
        assertThat(header(deadLetter, "trace")).isEqualTo("t-" + new String(original.key()));
        assertThat(header(deadLetter, DeadLetterHeaders.ORIGINAL_TOPIC)).isEqualTo(TOPIC);
        assertThat(header(deadLetter, DeadLetterHeaders.ORIGINAL_PARTITION)).matches("[0-2]");
        assertThat(header(deadLetter, DeadLetterHeaders.ORIGINAL_OFFSET)).matches("\\d+");
        assertThat(header(deadLetter, DeadLetterHeaders.EXCEPTION_CLASS)).isEqualTo(exceptionClass);
        assertThat(header(deadLetter, DeadLetterHeaders.EXCEPTION_MESSAGE)).isNotBlank();
        assertThat(header(deadLetter, DeadLetterHeaders.CONSUMER_GROUP)).isEqualTo("dead-letter-test");
        assertThat(header(deadLetter, DeadLetterHeaders.FAILED_AT)).isNotBlank();
    }

    /** 32 records over three partitions: one that the handler rejects, one that is not JSON. */
    private List<ProducerRecord<byte[], byte[]>> records() throws Exception {
        List<ProducerRecord<byte[], byte[]>> records = new ArrayList<>();
        for (int i = 0; i < GOOD_RECORDS + 2; i++) {
            TestEvent event = TestEvent.of(TOPIC, "key-" + i, i);
            byte[] value = i == 18
                    ? "{\"metadata\": not json".getBytes(StandardCharsets.UTF_8)
                    : json.writeValueAsBytes(i == 7 ? event.withNote("poison") : event);
            ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(TOPIC, ("key-" + i).getBytes(), value);
            record.headers().add("trace", ("t-key-" + i).getBytes(StandardCharsets.UTF_8));
            records.add(record);
        }
        return records;
    }

    private static void send(List<ProducerRecord<byte[], byte[]>> records) throws Exception {
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, Infrastructure.kafka().bootstrapServers()),
                new ByteArraySerializer(), new ByteArraySerializer())) {
            for (ProducerRecord<byte[], byte[]> record : records) {
                producer.send(record);
            }
            producer.flush();
        }
    }

    /** Nothing left to redeliver after a restart: the group's offsets are at the end of every partition. */
    private boolean everyRecordCommitted() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                Infrastructure.kafka().bootstrapServers()))) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets("dead-letter-test")
                    .partitionsToOffsetAndMetadata().get();
            long total = committed.entrySet().stream()
                    .filter(e -> e.getKey().topic().equals(TOPIC))
                    .mapToLong(e -> e.getValue().offset()).sum();
            return total == GOOD_RECORDS + 2;
        }
    }
}
