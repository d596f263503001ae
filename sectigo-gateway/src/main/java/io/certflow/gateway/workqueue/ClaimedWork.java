package io.certflow.gateway.workqueue;

import java.time.Instant;
import java.util.UUID;

/**
 * One claimed row: what it is for (logs), until when it is ours, and its attempt (the Sectigo calls
 * and the recorded outcome), run outside any transaction.
 *
 * @param kind       the kind of work
 * @param subject    the order (or, for collection, the Sectigo order number) for logs
 * @param leaseUntil the end of the lease taken by the claim
 * @param attempt    the attempt
 */
public record ClaimedWork(WorkKind kind, String subject, Instant leaseUntil, Runnable attempt) {

    public static ClaimedWork of(WorkKind kind, UUID orderId, Instant leaseUntil, Runnable attempt) {
        return new ClaimedWork(kind, String.valueOf(orderId), leaseUntil, attempt);
    }
}
