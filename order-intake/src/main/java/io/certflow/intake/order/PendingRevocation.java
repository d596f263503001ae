package io.certflow.intake.order;

import io.certflow.events.RevocationReason;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Embeddable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * A revocation someone asked for and Sectigo has not confirmed yet (then the order is REVOKED and
 * this stays as the record of what was asked).
 *
 * @param reason      why
 * @param comment     free text passed on to Sectigo
 * @param requestedAt when it was asked for
 */
@Embeddable
@Serdeable
public record PendingRevocation(RevocationReason reason, @Nullable String comment, Instant requestedAt) {
}
