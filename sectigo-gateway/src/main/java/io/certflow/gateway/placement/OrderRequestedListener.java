package io.certflow.gateway.placement;

import io.certflow.events.OrderRequested;
import io.certflow.events.Topics;
import io.certflow.messaging.ListenerDefaults;
import io.micronaut.configuration.kafka.annotation.ErrorStrategy;
import io.micronaut.configuration.kafka.annotation.ErrorStrategyValue;
import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.configuration.kafka.annotation.Topic;

/** Puts each requested order in the ledger; Sectigo is called by the worker, never from here. */
@KafkaListener(groupId = "sectigo-gateway.placement", offsetReset = OffsetReset.EARLIEST,
        offsetStrategy = OffsetStrategy.SYNC_PER_RECORD,
        errorStrategy = @ErrorStrategy(value = ErrorStrategyValue.RETRY_EXPONENTIALLY_ON_ERROR,
                retryCount = ListenerDefaults.RETRY_COUNT, retryDelay = ListenerDefaults.RETRY_DELAY))
class OrderRequestedListener {

    private final Ledger ledger;

    OrderRequestedListener(Ledger ledger) {
        this.ledger = ledger;
    }

    @Topic(Topics.ORDER_REQUESTED)
    void on(OrderRequested event) {
        ledger.record(event);
    }
}
