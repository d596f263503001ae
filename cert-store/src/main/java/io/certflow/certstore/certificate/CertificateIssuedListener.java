package io.certflow.certstore.certificate;

import io.certflow.events.CertificateIssued;
import io.certflow.events.Topics;
import io.certflow.messaging.ListenerDefaults;
import io.micronaut.configuration.kafka.annotation.ErrorStrategy;
import io.micronaut.configuration.kafka.annotation.ErrorStrategyValue;
import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.configuration.kafka.annotation.Topic;

@KafkaListener(groupId = "cert-store.certificate-issued", threadsValue = ListenerDefaults.THREADS,
        offsetReset = OffsetReset.EARLIEST,
        offsetStrategy = OffsetStrategy.SYNC_PER_RECORD,
        errorStrategy = @ErrorStrategy(value = ErrorStrategyValue.RETRY_EXPONENTIALLY_ON_ERROR,
                retryCount = ListenerDefaults.RETRY_COUNT, retryDelay = ListenerDefaults.RETRY_DELAY))
class CertificateIssuedListener {

    private final CertificateIntake intake;

    CertificateIssuedListener(CertificateIntake intake) {
        this.intake = intake;
    }

    @Topic(Topics.CERTIFICATE_ISSUED)
    void on(CertificateIssued delivery) {
        intake.receive(delivery);
    }
}
