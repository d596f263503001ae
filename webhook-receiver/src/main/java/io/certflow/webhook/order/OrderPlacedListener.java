package io.certflow.webhook.order;

import io.certflow.events.OrderPlaced;
import io.certflow.events.Topics;
import io.certflow.messaging.ListenerDefaults;
import io.micronaut.configuration.kafka.annotation.ErrorStrategy;
import io.micronaut.configuration.kafka.annotation.ErrorStrategyValue;
import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.configuration.kafka.annotation.Topic;

@KafkaListener(groupId = "webhook-receiver.order-placed", threadsValue = ListenerDefaults.THREADS,
        offsetReset = OffsetReset.EARLIEST,
        offsetStrategy = OffsetStrategy.SYNC_PER_RECORD,
        errorStrategy = @ErrorStrategy(value = ErrorStrategyValue.RETRY_EXPONENTIALLY_ON_ERROR,
                retryCount = ListenerDefaults.RETRY_COUNT, retryDelay = ListenerDefaults.RETRY_DELAY))
class OrderPlacedListener {

    private final KnownOrders knownOrders;

    OrderPlacedListener(KnownOrders knownOrders) {
        this.knownOrders = knownOrders;
    }

    @Topic(Topics.ORDER_PLACED)
    void on(OrderPlaced event) {
        knownOrders.remember(event);
    }
}
