package io.certflow.intake.tracking;

import io.certflow.events.CertificateQuarantined;
import io.certflow.events.CertificateRevoked;
import io.certflow.events.CertificateStatusChanged;
import io.certflow.events.CertificateStored;
import io.certflow.events.OrderFailed;
import io.certflow.events.OrderPlaced;
import io.certflow.events.OrderRevocationFailed;
import io.certflow.events.Topics;
import io.certflow.messaging.CertflowListener;
import io.micronaut.configuration.kafka.annotation.Topic;

/** Downstream events that move an order along; each maps to one method of {@link OrderProgress}. */
@CertflowListener("order-intake.progress")
public class ProgressListener {

    private final OrderProgress progress;

    public ProgressListener(OrderProgress progress) {
        this.progress = progress;
    }

    @Topic(Topics.ORDER_PLACED)
    void onPlaced(OrderPlaced event) {
        progress.onPlaced(event);
    }

    @Topic(Topics.ORDER_FAILED)
    void onFailed(OrderFailed event) {
        progress.onFailed(event);
    }

    @Topic(Topics.CERTIFICATE_STATUS_CHANGED)
    void onStatusChanged(CertificateStatusChanged event) {
        progress.onStatusChanged(event);
    }

    @Topic(Topics.CERTIFICATE_STORED)
    void onStored(CertificateStored event) {
        progress.onStored(event);
    }

    @Topic(Topics.CERTIFICATE_QUARANTINED)
    void onQuarantined(CertificateQuarantined event) {
        progress.onQuarantined(event);
    }

    @Topic(Topics.CERTIFICATE_REVOKED)
    void onRevoked(CertificateRevoked event) {
        progress.onRevoked(event);
    }

    @Topic(Topics.ORDER_REVOCATION_FAILED)
    void onRevocationFailed(OrderRevocationFailed event) {
        progress.onRevocationFailed(event);
    }
}
