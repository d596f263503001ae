package io.certflow.messaging.deadletter;

import io.certflow.messaging.ListenerDefaults;
import io.certflow.messaging.support.SideEffects;
import io.certflow.messaging.support.TestEvent;
import io.micronaut.configuration.kafka.annotation.ErrorStrategy;
import io.micronaut.configuration.kafka.annotation.ErrorStrategyValue;
import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.configuration.kafka.annotation.Topic;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import org.apache.kafka.clients.consumer.ConsumerConfig;

import java.util.concurrent.atomic.AtomicInteger;

/** A listener written by the convention; a record noted "poison" always throws. */
@Requires(property = "test.listeners", value = "dead-letter")
@KafkaListener(clientId = PoisonListener.CLIENT_ID, groupId = "dead-letter-test", autoStartup = false,
        offsetReset = OffsetReset.EARLIEST,
        offsetStrategy = OffsetStrategy.SYNC_PER_RECORD,
        errorStrategy = @ErrorStrategy(value = ErrorStrategyValue.RETRY_EXPONENTIALLY_ON_ERROR,
                retryCount = ListenerDefaults.RETRY_COUNT, retryDelay = ListenerDefaults.RETRY_DELAY),
        properties = @Property(name = ConsumerConfig.MAX_POLL_RECORDS_CONFIG, value = "10"))
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
