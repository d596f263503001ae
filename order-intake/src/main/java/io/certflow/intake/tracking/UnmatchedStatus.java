package io.certflow.intake.tracking;

import io.certflow.events.CertificateStatusChanged;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;

import java.time.Instant;

/** A status event parked until intake learns which order its Sectigo number belongs to. */
@MappedEntity("unmatched_status")
public record UnmatchedStatus(
        @Id @GeneratedValue @Nullable Long id,
        String sectigoOrderNumber,
        @TypeDef(type = DataType.JSON) CertificateStatusChanged payload,
        Instant receivedAt) {
}
