package io.certflow.messaging.outbox;

import io.certflow.messaging.CertflowListener;
import io.certflow.messaging.support.SideEffects;
import io.certflow.messaging.support.TestEvent;
import io.micronaut.configuration.kafka.annotation.Topic;
import io.micronaut.context.annotation.Requires;

/** The consumer of the crash test: its side effect must happen once per event despite duplicates. */
@Requires(property = "test.listeners", value = "crash")
@CertflowListener("crash-test")
class CrashTestListener {

    private final SideEffects sideEffects;

    CrashTestListener(SideEffects sideEffects) {
        this.sideEffects = sideEffects;
    }

    @Topic(RelayCrashTest.TOPIC)
    void on(TestEvent event) {
        sideEffects.recordOnce(RelayCrashTest.CONSUMER, event);
    }
}
