package io.certflow.gateway.revocation;

import io.certflow.events.CertificateRevoked;
import io.certflow.events.OrderRevocationFailed;
import io.certflow.gateway.ca.Revoked;
import io.certflow.gateway.ca.RevocationOutcome;
import io.certflow.gateway.ca.Setback;
import io.certflow.gateway.ca.Unknown;
import io.certflow.messaging.outbox.Outbox;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Records what came of one revocation attempt: revoked → REVOKED with {@code certificate.revoked} in
 * the same transaction; transient → back to the queue with backoff; refused or out of retries →
 * REFUSED with the reason in the row and {@code order.revocation-failed} in the same transaction, so the
 * customer learns that the certificate is still valid and may ask again.
 */
@Singleton
public class RevocationOutcomes {

    static final String SOURCE = "sectigo-gateway";
    private static final Logger LOG = LoggerFactory.getLogger(RevocationOutcomes.class);

    private final RevocationRepository revocations;
    private final Outbox outbox;
    private final RevocationProperties settings;
    private final Clock clock;

    public RevocationOutcomes(RevocationRepository revocations, Outbox outbox, RevocationProperties settings,
                              Clock clock) {
        this.revocations = revocations;
        this.outbox = outbox;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional
    public void record(Revocation claimed, @Nullable String sectigoNumber, RevocationOutcome outcome) {
        Revocation current = revocations.findById(claimed.orderId()).orElseThrow();
        if (!current.isAttempt(claimed)) {
            return;
        }
        Instant now = clock.instant();
        if (outcome instanceof Revoked) {
            revocations.update(current.revoke(sectigoNumber, now));
            outbox.append(CertificateRevoked.of(SOURCE, current.orderId(), sectigoNumber, now, current.reason()));
            return;
        }
        Setback error = (Setback) outcome;
        Optional<Instant> retry = error instanceof Unknown
                ? settings.retries().nextAttempt(current.attempts(), now) : Optional.empty();
        if (retry.isPresent()) {
            revocations.update(current.retryAt(retry.get(), error.message(), now));
            return;
        }
        String why = error instanceof Unknown ? "Sectigo could not be reached after "
                + current.attempts() + " attempts; last: " + error.message() : error.message();
        revocations.update(current.refuse(sectigoNumber, why, now));
        outbox.append(OrderRevocationFailed.of(SOURCE, current.orderId(), sectigoNumber, current.reason(), why,
                error.providerCode()));
        LOG.warn("revocation of order {} (Sectigo order {}) refused: {} (Sectigo code {})", current.orderId(),
                sectigoNumber == null ? "none" : sectigoNumber, why,
                error.providerCode() == null ? "none" : error.providerCode());
    }
}
