package io.certflow.messaging.outbox;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;

import java.nio.charset.StandardCharsets;

/**
 * CloudEvents 1.0 Kafka protocol binding, binary mode: the event's attributes travel as
 * {@code ce_}-prefixed headers beside the JSON body, so tools can route and trace without
 * parsing it.
 */
public final class CloudEventHeaders {

    public static final String SPEC_VERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String TIME = "ce_time";
    public static final String SUBJECT = "ce_subject";
    public static final String CONTENT_TYPE = "content-type";

    private CloudEventHeaders() {
    }

    static ProducerRecord<String, byte[]> toRecord(OutboxRow row) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(
                row.topic(), row.key(), row.payload().getBytes(StandardCharsets.UTF_8));
        Headers headers = record.headers();
        add(headers, SPEC_VERSION, "1.0");
        add(headers, ID, row.eventId().toString());
        add(headers, TYPE, row.type());
        add(headers, SOURCE, row.source());
        add(headers, TIME, row.time());
        if (row.subject() != null) {
            add(headers, SUBJECT, row.subject());
        }
        add(headers, CONTENT_TYPE, "application/json");
        return record;
    }

    private static void add(Headers headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
