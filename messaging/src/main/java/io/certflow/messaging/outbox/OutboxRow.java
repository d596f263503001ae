package io.certflow.messaging.outbox;

import java.util.UUID;

/** One unsent outbox row, as the relay reads it. */
record OutboxRow(long id, UUID eventId, String topic, String key, String type, String payload,
                 String source, String time, String subject) {
}
