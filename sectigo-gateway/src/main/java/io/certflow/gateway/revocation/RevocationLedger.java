package io.certflow.gateway.revocation;

import io.certflow.events.OrderRevocationRequested;
import io.certflow.messaging.inbox.Inbox;
import io.certflow.messaging.inbox.OrderKey;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The work queue of revocations. One per order: a redelivered request, or a second request for an
 * order already being (or already) revoked, adds nothing; a request after a refusal reopens the row.
 */
@Singleton
public class RevocationLedger {

    static final String CONSUMER = "sectigo-gateway.revocation";

    private final RevocationRepository revocations;
    private final Inbox inbox;
    private final RevocationProperties settings;
    private final Clock clock;

    public RevocationLedger(RevocationRepository revocations, Inbox inbox, RevocationProperties settings,
                            Clock clock) {
        this.revocations = revocations;
        this.inbox = inbox;
        this.settings = settings;
        this.clock = clock;
    }

    public void record(OrderRevocationRequested event) {
        inbox.handle(CONSUMER, event, OrderKey.order(event.orderId()), () -> {
            Instant now = clock.instant();
            revocations.findById(event.orderId()).ifPresentOrElse(
                    known -> reopen(known, event, now),
                    () -> revocations.save(Revocation.request(event.orderId(), event.metadata().eventId(),
                            event.reason(), event.comment(), now)));
        });
    }

    private void reopen(Revocation known, OrderRevocationRequested event, Instant now) {
        Revocation again = known.askAgain(event.metadata().eventId(), event.reason(), event.comment(), now);
        if (again != known) {
            revocations.update(again);
        }
    }

    /** Claims up to {@code limit} (at most the batch size) due rows for one attempt each. */
    @Transactional
    public List<Revocation> claimDue(int limit, Instant now) {
        return revocations.findDueForUpdate(now, Math.min(limit, settings.batchSize())).stream()
                .map(r -> revocations.update(r.claim(now, settings.lease()))).toList();
    }
}
