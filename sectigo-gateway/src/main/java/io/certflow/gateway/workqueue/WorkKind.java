package io.certflow.gateway.workqueue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One kind of ledger work (placement, revocation, collection) as the dispatcher sees it. The kind
 * owns its rows, its settings and what an attempt does; the dispatcher owns when and how many.
 */
public interface WorkKind {

    /** As in {@code work_lease.kind} and in logs. */
    String name();

    /** The lanes this kind's rows are claimed in. */
    List<Lane> lanes();

    /** The most attempts of this kind one dispatcher runs at once; unless limited, all its slots. */
    default int concurrency() {
        return Integer.MAX_VALUE;
    }

    /** How long a claimed row is its holder's alone; must exceed twice the call timeout. */
    Duration lease();

    /**
     * Claims up to {@code limit} rows of {@code lane} that are due at {@code now}, in the claim
     * round's transaction, skipping rows of an order another kind holds a lease on.
     */
    List<ClaimedWork> claim(Lane lane, int limit, String holder, Instant now);
}
