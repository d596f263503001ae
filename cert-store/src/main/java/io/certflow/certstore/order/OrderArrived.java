package io.certflow.certstore.order;

import java.util.UUID;

/**
 * In-process notice that an order's request arrived, so that certificates waiting for it can be
 * processed in the same transaction.
 */
public record OrderArrived(UUID orderId) {
}
