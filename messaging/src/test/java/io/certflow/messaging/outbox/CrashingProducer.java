package io.certflow.messaging.outbox;

import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real producer whose process "dies" after a number of sends: what was sent is flushed to the
 * broker, then an {@link Error} ends the relay thread before it can mark the rows.
 */
final class CrashingProducer extends KafkaProducer<String, byte[]> {

    static final class SimulatedCrash extends Error {
        SimulatedCrash() {
            super("simulated crash of the relay process");
        }
    }

    private final int sendsBeforeCrash;
    private final AtomicInteger sent = new AtomicInteger();

    CrashingProducer(Map<String, Object> config, int sendsBeforeCrash) {
        super(config, new StringSerializer(), new ByteArraySerializer());
        this.sendsBeforeCrash = sendsBeforeCrash;
    }

    @Override
    public Future<RecordMetadata> send(ProducerRecord<String, byte[]> record, Callback callback) {
        if (sent.incrementAndGet() > sendsBeforeCrash) {
            flush();
            throw new SimulatedCrash();
        }
        return super.send(record, callback);
    }
}
