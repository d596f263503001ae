package io.certflow.certstore.order;

import java.util.UUID;

/**
 * In-process notice that something about an order arrived (its request or its placement), so that
 * certificates waiting for it can be processed in the same transaction.
 */
public record OrderArrived(UUID orderId) {
}
