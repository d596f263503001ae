package io.certflow.messaging.threads;

import io.certflow.messaging.CertflowListener;
import io.certflow.messaging.support.TestEvent;
import io.micronaut.configuration.kafka.annotation.Topic;
import io.micronaut.context.annotation.Requires;

/** A listener written by the convention, its thread count from {@code certflow.listeners.threads}. */
@Requires(property = "test.listeners", value = "threads")
@CertflowListener("threads-test")
class ThreadedListener {

    @Topic(ListenerThreadsTest.TOPIC)
    void on(TestEvent event) {
        // Only the consumers' partition assignment matters here.
    }
}
