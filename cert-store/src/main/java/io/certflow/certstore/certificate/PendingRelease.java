package io.certflow.certstore.certificate;

import io.certflow.certstore.order.OrderArrived;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

/** Runs synchronously inside the transaction that recorded the order's request. */
@Singleton
class PendingRelease {

    private final CertificateIntake intake;

    PendingRelease(CertificateIntake intake) {
        this.intake = intake;
    }

    @EventListener
    void on(OrderArrived arrived) {
        intake.release(arrived.orderId());
    }
}
