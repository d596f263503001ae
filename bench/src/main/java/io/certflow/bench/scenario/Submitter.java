package io.certflow.bench.scenario;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import io.certflow.events.Topics;

import java.time.Duration;
import java.util.Properties;

/** An upstream system's producer on {@code certflow.order.submissions.v1}: idempotent, {@code acks=all}. */
final class Submitter implements AutoCloseable {

    private final KafkaProducer<String, String> producer;

    Submitter(String bootstrapServers) {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        properties.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        this.producer = new KafkaProducer<>(properties);
    }

    void send(String requestId, String submission) {
        producer.send(new ProducerRecord<>(Topics.ORDER_SUBMISSIONS, requestId, submission), (metadata, error) -> {
            if (error != null) {
                throw new IllegalStateException("submission " + requestId + " not sent", error);
            }
        });
    }

    void flush() {
        producer.flush();
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(10));
    }
}
