package io.certflow.certstore.certificate;

import io.certflow.events.CertificateIssued;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;

import java.time.Instant;
import java.util.UUID;

/** A delivery that arrived before its order's request; processed when the request arrives. */
@MappedEntity("pending_certificate")
record PendingCertificate(
        @Id UUID eventId,
        UUID orderId,
        @TypeDef(type = DataType.JSON) CertificateIssued delivery,
        Instant receivedAt) {

    static PendingCertificate of(CertificateIssued delivery, Instant now) {
        return new PendingCertificate(delivery.metadata().eventId(), delivery.orderId(), delivery, now);
    }
}
