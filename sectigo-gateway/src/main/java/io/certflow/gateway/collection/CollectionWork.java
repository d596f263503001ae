package io.certflow.gateway.collection;

import io.certflow.gateway.ca.CertificateAuthority;
import io.certflow.gateway.ca.Collected;
import io.certflow.gateway.workqueue.ClaimedWork;
import io.certflow.gateway.workqueue.Lane;
import io.certflow.gateway.workqueue.WorkKind;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Collection as work for the dispatcher, one CollectSSL at a time across all instances (Sectigo's
 * rule): a dispatcher runs one at a time (concurrency 1) and claims one only while it holds the
 * collection lease, which it gives back after the call. Collection only reads: it never places or
 * re-places an order.
 */
@Singleton
public class CollectionWork implements WorkKind {

    private final CollectionLedger ledger;
    private final CollectionLease collectionLease;
    private final CertificateAuthority ca;
    private final CollectionOutcomes outcomes;
    private final CollectionProperties settings;

    public CollectionWork(CollectionLedger ledger, CollectionLease collectionLease, CertificateAuthority ca,
                          CollectionOutcomes outcomes, CollectionProperties settings) {
        this.ledger = ledger;
        this.collectionLease = collectionLease;
        this.ca = ca;
        this.outcomes = outcomes;
        this.settings = settings;
    }

    @Override
    public String name() {
        return "collection";
    }

    @Override
    public List<Lane> lanes() {
        return List.of(Lane.COLLECTION);
    }

    @Override
    public int concurrency() {
        return 1;
    }

    @Override
    public Duration lease() {
        return settings.lease();
    }

    @Override
    public List<ClaimedWork> claim(Lane lane, int limit, String holder, Instant now) {
        // Every commit that wakes the queue (a placement, its outcome) asks every kind; taking and
        // giving back the lease for nothing cost two write transactions per wake-up.
        if (!ledger.anyDue(now) || !collectionLease.acquire(holder, settings.lease())) {
            return List.of();
        }
        List<Collection> due = ledger.claimDue(1, now);
        if (due.isEmpty()) {
            collectionLease.release(holder);
        }
        return due.stream().map(claimed -> new ClaimedWork(this, claimed.sectigoOrderNumber(), claimed.leaseUntil(),
                () -> collect(claimed, holder))).toList();
    }

    private void collect(Collection claimed, String holder) {
        try {
            Collected answer = ca.collect(claimed.orderId(), claimed.sectigoOrderNumber());
            outcomes.record(claimed, answer);
        } finally {
            collectionLease.release(holder);
        }
    }
}
