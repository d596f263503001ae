package io.certflow.gateway.collection;

import io.certflow.events.CertificateIssued;
import io.certflow.events.CertificateStatus;
import io.certflow.events.CertificateStatusChanged;
import io.certflow.events.StatusOrigin;
import io.certflow.gateway.ca.Collected;
import io.certflow.messaging.outbox.Outbox;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;

/**
 * Records one collection and, for a result, the events a push would have caused, with origin
 * COLLECTION: issued → {@code certificate.status-changed} ISSUED and {@code certificate.issued} (leaf
 * and chain); revoked / replaced / rejected / failed → {@code certificate.status-changed}. The row and
 * the outbox commit together; a row a push settled meanwhile records nothing but the end of the lease.
 */
@Singleton
public class CollectionOutcomes {

    static final String SOURCE = "sectigo-gateway";

    private final CollectionRepository collections;
    private final Outbox outbox;
    private final CollectionProperties rules;
    private final Clock clock;

    public CollectionOutcomes(CollectionRepository collections, Outbox outbox, CollectionProperties rules,
                              Clock clock) {
        this.collections = collections;
        this.outbox = outbox;
        this.rules = rules;
        this.clock = clock;
    }

    @Transactional
    public void record(Collection collected, Collected answer) {
        Collection current = collections.findForUpdate(collected.sectigoOrderNumber()).orElseThrow();
        Instant now = clock.instant();
        if (!current.isWatching()) {
            collections.update(current.endLease(now));
            return;
        }
        if (answer.hasResult()) {
            announce(current, answer);
        }
        collections.update(current.collected(answer.hasResult(), answer.describe(), now, rules));
    }

    private void announce(Collection order, Collected answer) {
        boolean issued = answer.status() == CertificateStatus.ISSUED;
        outbox.append(CertificateStatusChanged.of(SOURCE, order.sectigoOrderNumber(), answer.certificateId(),
                order.orderId(), answer.status(), issued ? null : providerWord(answer), null,
                answer.providerStatus(), StatusOrigin.COLLECTION));
        if (issued) {
            outbox.append(CertificateIssued.of(SOURCE, order.sectigoOrderNumber(), answer.certificateId(),
                    order.orderId(), answer.certificatePem(), answer.chainPems(), StatusOrigin.COLLECTION));
        }
    }

    private static String providerWord(Collected answer) {
        String status = answer.providerStatus();
        int slash = status == null ? -1 : status.lastIndexOf('/');
        return slash < 0 ? status : status.substring(0, slash);
    }
}
