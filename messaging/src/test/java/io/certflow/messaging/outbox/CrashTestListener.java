package io.certflow.messaging.outbox;

import io.certflow.messaging.ListenerDefaults;
import io.certflow.messaging.support.SideEffects;
import io.certflow.messaging.support.TestEvent;
import io.micronaut.configuration.kafka.annotation.ErrorStrategy;
import io.micronaut.configuration.kafka.annotation.ErrorStrategyValue;
import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.configuration.kafka.annotation.Topic;
import io.micronaut.context.annotation.Requires;

/** The consumer of the crash test: its side effect must happen once per event despite duplicates. */
@Requires(property = "test.listeners", value = "crash")
@KafkaListener(groupId = "crash-test", offsetReset = OffsetReset.EARLIEST,
        offsetStrategy = OffsetStrategy.SYNC_PER_RECORD,
        errorStrategy = @ErrorStrategy(value = ErrorStrategyValue.RETRY_EXPONENTIALLY_ON_ERROR,
                retryCount = ListenerDefaults.RETRY_COUNT, retryDelay = ListenerDefaults.RETRY_DELAY))
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
