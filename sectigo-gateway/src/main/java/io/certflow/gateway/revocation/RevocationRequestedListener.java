package io.certflow.gateway.revocation;

import io.certflow.events.OrderRevocationRequested;
import io.certflow.events.Topics;
import io.certflow.messaging.ListenerDefaults;
import io.micronaut.configuration.kafka.annotation.ErrorStrategy;
import io.micronaut.configuration.kafka.annotation.ErrorStrategyValue;
import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.configuration.kafka.annotation.Topic;

/** Puts each revocation request in the ledger; Sectigo is called by the worker, never from here. */
@KafkaListener(groupId = "sectigo-gateway.revocation", offsetReset = OffsetReset.EARLIEST,
        offsetStrategy = OffsetStrategy.SYNC_PER_RECORD,
        errorStrategy = @ErrorStrategy(value = ErrorStrategyValue.RETRY_EXPONENTIALLY_ON_ERROR,
                retryCount = ListenerDefaults.RETRY_COUNT, retryDelay = ListenerDefaults.RETRY_DELAY))
class RevocationRequestedListener {

    private final RevocationLedger ledger;

    RevocationRequestedListener(RevocationLedger ledger) {
        this.ledger = ledger;
    }

    @Topic(Topics.ORDER_REVOCATION_REQUESTED)
    void on(OrderRevocationRequested event) {
        ledger.record(event);
    }
}
