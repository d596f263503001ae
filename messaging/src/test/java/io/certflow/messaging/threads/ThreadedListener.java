package io.certflow.messaging.threads;

import io.certflow.messaging.ListenerDefaults;
import io.certflow.messaging.support.TestEvent;
import io.micronaut.configuration.kafka.annotation.ErrorStrategy;
import io.micronaut.configuration.kafka.annotation.ErrorStrategyValue;
import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.configuration.kafka.annotation.Topic;
import io.micronaut.context.annotation.Requires;

/** A listener written by the convention, its thread count from {@code certflow.listeners.threads}. */
@Requires(property = "test.listeners", value = "threads")
@KafkaListener(groupId = "threads-test", threadsValue = ListenerDefaults.THREADS,
        offsetReset = OffsetReset.EARLIEST,
        offsetStrategy = OffsetStrategy.SYNC_PER_RECORD,
        errorStrategy = @ErrorStrategy(value = ErrorStrategyValue.RETRY_EXPONENTIALLY_ON_ERROR,
                retryCount = ListenerDefaults.RETRY_COUNT, retryDelay = ListenerDefaults.RETRY_DELAY))
class ThreadedListener {

    @Topic(ListenerThreadsTest.TOPIC)
    void on(TestEvent event) {
        // Only the consumers' partition assignment matters here.
    }
}
