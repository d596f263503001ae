package io.certflow.devstack;

import io.certflow.events.Topics;

import java.util.List;
import java.util.stream.Stream;

/**
 * Every topic of the contract and its dead-letter twin, created before the services start so that
 * no consumer waits for auto-creation and the first rebalance.
 */
final class StackTopics {

    private static final List<String> TOPICS = List.of(Topics.ORDER_SUBMISSIONS, Topics.ORDER_REJECTED,
            Topics.ORDER_REQUESTED, Topics.ORDER_PLACED, Topics.ORDER_FAILED, Topics.ORDER_REVOCATION_REQUESTED,
            Topics.ORDER_REVOCATION_FAILED, Topics.CERTIFICATE_STATUS_CHANGED, Topics.CERTIFICATE_ISSUED,
            Topics.CERTIFICATE_STORED, Topics.CERTIFICATE_QUARANTINED, Topics.CERTIFICATE_REVOKED, Topics.CERTIFICATE_EXPIRING);

    static final List<String> ALL = TOPICS.stream()
            .flatMap(topic -> Stream.of(topic, Topics.deadLetterOf(topic)))
            .toList();

    private StackTopics() {
    }
}
