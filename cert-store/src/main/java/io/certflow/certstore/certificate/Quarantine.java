package io.certflow.certstore.certificate;

import io.certflow.events.QuarantineReason;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A delivery that failed verification, kept as received with the first failed check. Never emailed. */
@MappedEntity("quarantined_certificate")
public record Quarantine(
        @Id UUID id,
        UUID orderId,
        String sectigoOrderNumber,
        @Nullable String sectigoCertificateId,
        QuarantineReason reason,
        String detail,
        String deliveryHash,
        String certificatePem,
        @TypeDef(type = DataType.JSON) List<String> chainPems,
        Instant quarantinedAt) {
}
