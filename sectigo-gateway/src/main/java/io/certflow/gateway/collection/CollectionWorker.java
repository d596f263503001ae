package io.certflow.gateway.collection;

import io.certflow.gateway.sectigo.CollectAnswer;
import io.certflow.gateway.sectigo.SectigoCollector;
import io.certflow.gateway.sectigo.SectigoProperties;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.UUID;

/**
 * Collects due orders one after the other, only while holding the collection lease, so that no two
 * CollectSSL calls ever run at once, in this process or across instances. The lease is renewed
 * before each call and outlasts twice the call timeout. Collection only reads: it never places or
 * re-places an order.
 */
@Singleton
public class CollectionWorker {

    private static final Logger LOG = LoggerFactory.getLogger(CollectionWorker.class);

    private final String holder = "collector-" + UUID.randomUUID();
    private final CollectionLedger ledger;
    private final CollectionLease lease;
    private final SectigoCollector sectigo;
    private final CollectionOutcomes outcomes;
    private final CollectionProperties settings;

    public CollectionWorker(CollectionLedger ledger, CollectionLease lease, SectigoCollector sectigo,
                            CollectionOutcomes outcomes, CollectionProperties settings,
                            SectigoProperties sectigoSettings) {
        this.ledger = ledger;
        this.lease = lease;
        this.sectigo = sectigo;
        this.outcomes = outcomes;
        this.settings = settings;
        if (settings.lease().compareTo(sectigoSettings.timeout().multipliedBy(2)) <= 0) {
            throw new IllegalArgumentException("collection.lease (" + settings.lease()
                    + ") must exceed twice sectigo.timeout (" + sectigoSettings.timeout() + ")");
        }
    }

    @Scheduled(fixedDelay = "${collection.poll-interval}", initialDelay = "${collection.poll-interval}")
    public void collectDue() {
        if (!lease.acquire(holder, settings.lease())) {
            return;
        }
        try {
            for (Collection due : ledger.due()) {
                if (!lease.acquire(holder, settings.lease())) {
                    return;
                }
                collect(due);
            }
        } finally {
            lease.release(holder);
        }
    }

    private void collect(Collection due) {
        try {
            CollectAnswer answer = sectigo.collect(due.orderId(), due.sectigoOrderNumber());
            outcomes.record(due, answer);
        } catch (RuntimeException e) {
            LOG.warn("collection of Sectigo order {} (order {}) failed ({}); tried again when next due",
                    due.sectigoOrderNumber(), due.orderId(), e.getClass().getName());
        }
    }
}
