package io.certflow.messaging.deadletter;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Headers;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Headers a dead-lettered record carries beside its original ones, saying where it came from
 * and why it failed.
 */
public final class DeadLetterHeaders {

    public static final String ORIGINAL_TOPIC = "dlt-original-topic";
    public static final String ORIGINAL_PARTITION = "dlt-original-partition";
    public static final String ORIGINAL_OFFSET = "dlt-original-offset";
    public static final String ORIGINAL_TIMESTAMP = "dlt-original-timestamp";
    public static final String CONSUMER_GROUP = "dlt-consumer-group";
    public static final String EXCEPTION_CLASS = "dlt-exception-class";
    public static final String EXCEPTION_MESSAGE = "dlt-exception-message";
    public static final String ROOT_CAUSE = "dlt-exception-root-cause";
    public static final String FAILED_AT = "dlt-failed-at";

    /** Exception messages can quote whole payloads; a header needs only the gist. */
    private static final int MAX_MESSAGE_LENGTH = 1000;

    private DeadLetterHeaders() {
    }

    static void describe(Headers headers, ConsumerRecord<byte[], byte[]> original, Throwable failure, String group) {
        add(headers, ORIGINAL_TOPIC, original.topic());
        add(headers, ORIGINAL_PARTITION, Integer.toString(original.partition()));
        add(headers, ORIGINAL_OFFSET, Long.toString(original.offset()));
        add(headers, ORIGINAL_TIMESTAMP, Instant.ofEpochMilli(original.timestamp()).toString());
        add(headers, CONSUMER_GROUP, group);
        add(headers, EXCEPTION_CLASS, failure.getClass().getName());
        add(headers, EXCEPTION_MESSAGE, String.valueOf(failure.getMessage()));
        Throwable root = rootCause(failure);
        add(headers, ROOT_CAUSE, root.getClass().getName() + ": " + root.getMessage());
        add(headers, FAILED_AT, Instant.now().toString());
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    private static void add(Headers headers, String name, String value) {
        String bounded = value.length() > MAX_MESSAGE_LENGTH ? value.substring(0, MAX_MESSAGE_LENGTH) + "…" : value;
        headers.add(name, bounded.getBytes(StandardCharsets.UTF_8));
    }
}
