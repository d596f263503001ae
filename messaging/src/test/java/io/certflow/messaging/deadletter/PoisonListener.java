package io.certflow.messaging.deadletter;

import io.certflow.messaging.CertflowListener;
import io.certflow.messaging.support.SideEffects;
import io.certflow.messaging.support.TestEvent;
import io.micronaut.configuration.kafka.annotation.Topic;
import io.micronaut.context.annotation.Requires;

import java.util.concurrent.atomic.AtomicInteger;

/** A listener written by the convention; a record noted "poison" always throws. */
@Requires(property = "test.listeners", value = "dead-letter")
@CertflowListener(value = "dead-letter-test", clientId = PoisonListener.CLIENT_ID, autoStartup = false)
class PoisonListener {

    static final String CLIENT_ID = "dead-letter-test-listener";
    static final String CONSUMER = "dead-letter-test";

    final AtomicInteger poisonAttempts = new AtomicInteger();
    private final SideEffects sideEffects;

    PoisonListener(SideEffects sideEffects) {
        this.sideEffects = sideEffects;
    }

    @Topic(DeadLetterTest.TOPIC)
    void on(TestEvent event) {
        if ("poison".equals(event.note())) {
            poisonAttempts.incrementAndGet();
            throw new IllegalStateException("cannot handle event " + event.seq());
        }
        sideEffects.recordOnce(CONSUMER, event);
    }
}
