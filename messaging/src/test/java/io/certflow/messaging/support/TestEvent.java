package io.certflow.messaging.support;

import io.certflow.events.Event;
import io.certflow.events.EventMetadata;
import io.micronaut.serde.annotation.Serdeable;

/** An event of no domain, on a topic of the test's choosing. */
@Serdeable
public record TestEvent(EventMetadata metadata, String topic, String key, int seq, String note) implements Event {

    public static TestEvent of(String topic, String key, int seq) {
        return new TestEvent(EventMetadata.now("certflow.test.event.v1", "messaging-test", "order-" + key),
                topic, key, seq, null);
    }

    public TestEvent withNote(String newNote) {
        return new TestEvent(metadata, topic, key, seq, newNote);
    }
}
