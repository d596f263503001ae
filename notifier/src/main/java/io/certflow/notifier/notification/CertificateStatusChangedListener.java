package io.certflow.notifier.notification;

import io.certflow.events.CertificateStatusChanged;
import io.certflow.events.Topics;
import io.certflow.messaging.ListenerDefaults;
import io.micronaut.configuration.kafka.annotation.ErrorStrategy;
import io.micronaut.configuration.kafka.annotation.ErrorStrategyValue;
import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.configuration.kafka.annotation.Topic;

@KafkaListener(groupId = "notifier.certificate-status", threadsValue = ListenerDefaults.THREADS,
        offsetReset = OffsetReset.EARLIEST,
        offsetStrategy = OffsetStrategy.SYNC_PER_RECORD,
        errorStrategy = @ErrorStrategy(value = ErrorStrategyValue.RETRY_EXPONENTIALLY_ON_ERROR,
                retryCount = ListenerDefaults.RETRY_COUNT, retryDelay = ListenerDefaults.RETRY_DELAY))
class CertificateStatusChangedListener {

    private final CustomerNotifications notifications;

    CertificateStatusChangedListener(CustomerNotifications notifications) {
        this.notifications = notifications;
    }

    @Topic(Topics.CERTIFICATE_STATUS_CHANGED)
    void on(CertificateStatusChanged event) {
        notifications.statusChanged(event);
    }
}
