package io.certflow.messaging.security;

import io.certflow.messaging.CertflowListener;
import io.certflow.messaging.support.SideEffects;
import io.certflow.messaging.support.TestEvent;
import io.micronaut.configuration.kafka.annotation.Topic;
import io.micronaut.context.annotation.Requires;

/** A micronaut-kafka listener that can only reach the broker through its SSL listener; "poison" always throws. */
@Requires(property = "test.listeners", value = "tls")
@CertflowListener(value = TlsListener.CONSUMER, clientId = "kafka-tls-test-listener")
class TlsListener {

    static final String CONSUMER = "kafka-tls-test";

    private final SideEffects sideEffects;

    TlsListener(SideEffects sideEffects) {
        this.sideEffects = sideEffects;
    }

    @Topic(KafkaTlsTest.TOPIC)
    void on(TestEvent event) {
        if ("poison".equals(event.note())) {
            throw new IllegalStateException("cannot handle event " + event.seq());
        }
        sideEffects.recordOnce(CONSUMER, event);
    }
}
