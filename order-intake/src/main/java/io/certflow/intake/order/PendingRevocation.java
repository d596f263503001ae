package io.certflow.intake.order;

import io.certflow.events.RevocationReason;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Embeddable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * A revocation someone asked for: pending until Sectigo confirms it (then the order is REVOKED and
 * this stays as the record of what was asked) or it is refused (then {@code refusal} says why, the
 * certificate stays valid and the customer may ask again).
 *
 * @param reason      why
 * @param comment     free text passed on to Sectigo
 * @param requestedAt when it was asked for
 * @param refusal     why it did not happen, in the gateway's words; absent unless refused
 * @param refusedAt   when the refusal was reported; absent unless refused
 */
@Embeddable
@Serdeable
public record PendingRevocation(RevocationReason reason, @Nullable String comment, Instant requestedAt,
                                @Nullable String refusal, @Nullable Instant refusedAt) {

    public static PendingRevocation ask(RevocationReason reason, @Nullable String comment, Instant at) {
        return new PendingRevocation(reason, comment, at, null, null);
    }

    public PendingRevocation refuse(String why, Instant at) {
        return new PendingRevocation(reason, comment, requestedAt, why, at);
    }

    public boolean isRefused() {
        return refusedAt != null;
    }
}
