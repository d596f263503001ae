package io.certflow.testkit.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.certflow.testkit.support.Ports;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The devstack's use: a fixed port and a data dir that outlives the broker. */
class PersistentKafkaTest {

    @TempDir
    Path dataDir;

    @Test
    void shouldKeepRecordsWhenRestartedOnTheSameDataDir() throws Exception {
        KafkaSettings settings = KafkaSettings.persistent(Ports.free(), dataDir);
        try (EmbeddedKafka kafka = EmbeddedKafka.start(settings)) {
            assertThat(kafka.bootstrapServers()).endsWith(":" + settings.port());
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                    ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                    ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
                producer.send(new ProducerRecord<>("kept", "k", "survives a restart")).get();
            }
        }

        try (EmbeddedKafka kafka = EmbeddedKafka.start(settings);
             KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                     ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                     ConsumerConfig.GROUP_ID_CONFIG, "restart",
                     ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                     ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                     ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
            consumer.subscribe(List.of("kept"));
            ConsumerRecords<String, String> records = consumer.poll(Duration.ofSeconds(30));

            assertThat(records).extracting(record -> record.value()).containsExactly("survives a restart");
        }
    }
}
