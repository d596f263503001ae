package io.certflow.gateway.collection;

import io.certflow.events.CertificateType;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * What the gateway knows of one Sectigo order's result, and when to ask Sectigo next. S/MIME orders
 * (which Sectigo may never push) are collected every {@code interval} from placement on; SSL orders
 * only when no push said anything for {@code sslGrace}, and never more often than {@code interval}.
 * Issued or ended orders are settled and never collected again. While a collector calls, the row is
 * leased ({@code leaseUntil}), so no other work for the order runs at the same time.
 */
@MappedEntity("collection")
public record Collection(
        @Id String sectigoOrderNumber,
        @Nullable UUID orderId,
        @Nullable CertificateType certificateType,
        CollectionState state,
        @Nullable Instant placedAt,
        @Nullable Instant lastPushAt,
        @Nullable Instant lastCollectedAt,
        @Nullable Instant nextCollectionAt,
        int collections,
        @Nullable String lastOutcome,
        @Nullable Instant leaseUntil,
        Instant createdAt,
        Instant updatedAt,
        @Nullable @Version Long version) {

    /**
     * The placed order becomes known. Pushes come only after it (webhook-receiver holds them for
     * order.placed); rows written before that rule may already have heard one, which keeps its say.
     */
    public Collection track(UUID order, CertificateType type, Instant placed, CollectionProperties rules) {
        Collection tracked = new Collection(sectigoOrderNumber, order, type, state, placed, lastPushAt,
                lastCollectedAt, null, collections, lastOutcome, leaseUntil, createdAt, placed, version);
        return tracked.withNext(tracked.firstCollection(rules), placed);
    }

    /** A push reported on the order: a result settles it, anything else postpones an SSL order's collection. */
    public Collection pushed(boolean settles, Instant now, CollectionProperties rules) {
        if (state == CollectionState.SETTLED) {
            return this;
        }
        if (settles) {
            return settle(now, lastCollectedAt, collections, lastOutcome, leaseUntil);
        }
        Collection heard = new Collection(sectigoOrderNumber, orderId, certificateType, state, placedAt, now,
                lastCollectedAt, nextCollectionAt, collections, lastOutcome, leaseUntil, createdAt, now, version);
        return isSsl() ? heard.withNext(heard.afterPush(now, rules), now) : heard;
    }

    /** One collection was made: a result settles the order, otherwise it is asked again after the interval. */
    public Collection collected(boolean settles, String outcome, Instant now, CollectionProperties rules) {
        if (settles) {
            return settle(now, now, collections + 1, outcome, null);
        }
        return new Collection(sectigoOrderNumber, orderId, certificateType, state, placedAt, lastPushAt, now,
                now.plus(rules.interval()), collections + 1, outcome, null, createdAt, now, version);
    }

    /** A collector takes it for one CollectSSL, alone until the lease ends; its outcome ends the lease. */
    public Collection claim(Instant now, Duration lease) {
        if (state != CollectionState.WATCHING) {
            throw new IllegalStateException("collection of " + sectigoOrderNumber + " is " + state);
        }
        return new Collection(sectigoOrderNumber, orderId, certificateType, state, placedAt, lastPushAt,
                lastCollectedAt, nextCollectionAt, collections, lastOutcome, now.plus(lease), createdAt, now,
                version);
    }

    /** The collector's call is over without a result to record (a push settled the row meanwhile). */
    public Collection endLease(Instant now) {
        return new Collection(sectigoOrderNumber, orderId, certificateType, state, placedAt, lastPushAt,
                lastCollectedAt, nextCollectionAt, collections, lastOutcome, null, createdAt, now, version);
    }

    public boolean isWatching() {
        return state == CollectionState.WATCHING;
    }

    private Instant firstCollection(CollectionProperties rules) {
        if (state == CollectionState.SETTLED || placedAt == null) {
            return null;
        }
        if (!isSsl()) {
            return placedAt.plus(rules.interval());
        }
        Instant lastHeard = lastPushAt != null && lastPushAt.isAfter(placedAt) ? lastPushAt : placedAt;
        return lastHeard.plus(rules.sslGrace());
    }

    private Instant afterPush(Instant now, CollectionProperties rules) {
        if (orderId == null) {
            return null;
        }
        Instant silentUntil = now.plus(rules.sslGrace());
        if (lastCollectedAt == null) {
            return silentUntil;
        }
        Instant intervalEnds = lastCollectedAt.plus(rules.interval());
        return intervalEnds.isAfter(silentUntil) ? intervalEnds : silentUntil;
    }

    private boolean isSsl() {
        return certificateType != CertificateType.SMIME;
    }

    /** A push may settle the row while a collector calls: its lease stays until that call's outcome. */
    private Collection settle(Instant now, Instant collectedAt, int count, String outcome, Instant lease) {
        return new Collection(sectigoOrderNumber, orderId, certificateType, CollectionState.SETTLED, placedAt,
                lastPushAt, collectedAt, null, count, outcome, lease, createdAt, now, version);
    }

    private Collection withNext(Instant next, Instant now) {
        return new Collection(sectigoOrderNumber, orderId, certificateType, state, placedAt, lastPushAt,
                lastCollectedAt, next, collections, lastOutcome, leaseUntil, createdAt, now, version);
    }
}
