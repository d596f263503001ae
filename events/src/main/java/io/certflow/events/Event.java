package io.certflow.events;

/**
 * An event of the certflow contract: an immutable record whose topic and key are fixed by its
 * type. Infrastructure (outbox, consumer guard) works against this interface and knows no
 * domain type. {@link #topic()} and {@link #key()} are derived, not record components, so they are
 * not part of the JSON.
 */
public interface Event {

    EventMetadata metadata();

    /** The topic this event type is published to; one record type per topic. */
    String topic();

    /** The Kafka record key, which fixes the partition and so the order of related events. */
    String key();
}
