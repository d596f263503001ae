package io.certflow.certstore.lifecycle;

import io.certflow.events.CertificateRevoked;
import io.certflow.events.Topics;
import io.certflow.messaging.ListenerDefaults;
import io.micronaut.configuration.kafka.annotation.ErrorStrategy;
import io.micronaut.configuration.kafka.annotation.ErrorStrategyValue;
import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.configuration.kafka.annotation.Topic;

@KafkaListener(groupId = "cert-store.certificate-revoked", threadsValue = ListenerDefaults.THREADS,
        offsetReset = OffsetReset.EARLIEST,
        offsetStrategy = OffsetStrategy.SYNC_PER_RECORD,
        errorStrategy = @ErrorStrategy(value = ErrorStrategyValue.RETRY_EXPONENTIALLY_ON_ERROR,
                retryCount = ListenerDefaults.RETRY_COUNT, retryDelay = ListenerDefaults.RETRY_DELAY))
class CertificateRevokedListener {

    private final CertificateLifecycle lifecycle;

    CertificateRevokedListener(CertificateLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Topic(Topics.CERTIFICATE_REVOKED)
    void on(CertificateRevoked event) {
        lifecycle.revoked(event);
    }
}
