package io.certflow.gateway.ca;

import io.certflow.events.OrderDetails;
import io.certflow.events.RevocationReason;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What the gateway's features ask of the certificate authority, in certflow's terms only: an order is
 * {@link Placed}, {@link Refused} with a certflow reason, or its fate is {@link Unknown} (no clear
 * answer: ask again later). How a CA is spoken to (its endpoints, parameter names, error codes and
 * response formats) is its adapter's business; the Sectigo adapter implements this port. Every call is
 * idempotent for the order it names: asking again after an unknown outcome never buys a second order.
 */
public interface CertificateAuthority {

    /** Orders a new certificate; the CA knows the order by our {@code orderId} from then on. */
    OrderOutcome place(UUID orderId, OrderDetails order);

    /**
     * Before giving up on an order whose attempts had no clear answer: the order one of them placed
     * after all, found by our {@code orderId}; else refused, or unknown if the CA cannot be asked.
     */
    OrderOutcome find(UUID orderId, OrderDetails order, Unknown lastOutcome);

    /** Confirms an order placed {@linkplain Placed#awaitsAuthorization() awaiting authorization}. */
    OrderOutcome authorize(UUID orderId, String orderNumber);

    /** A new certificate for the CA's order {@code replacedNumber}, as a new order. */
    OrderOutcome replace(UUID orderId, OrderDetails order, String replacedNumber, boolean revokeReplaced);

    /**
     * The replacement orders the CA made of {@code replacedNumber} since {@code since}, newest first,
     * for a replacement whose answer was lost; empty when the CA could not be asked.
     */
    Optional<List<Placed>> replacementsOf(UUID orderId, OrderDetails order, String replacedNumber, Instant since);

    /** Revokes the certificate of the CA's order; asking again after it was revoked counts as done. */
    RevocationOutcome revoke(UUID orderId, String orderNumber, RevocationReason reason, @Nullable String comment);

    /** The order's state now and, once issued, its certificate. Reads only. */
    Collected collect(UUID orderId, String orderNumber);
}
