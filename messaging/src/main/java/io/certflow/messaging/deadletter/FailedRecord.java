package io.certflow.messaging.deadletter;

/**
 * A record that a listener gave up on: where it is and why it failed.
 *
 * @param consumerGroup the listener's consumer group, for the dead letter's headers
 */
public record FailedRecord(String topic, int partition, long offset, Throwable failure, String consumerGroup) {

    @Override
    public String toString() {
        return topic + "-" + partition + "@" + offset;
    }
}
