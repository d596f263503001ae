package io.certflow.gateway.placement;

import io.certflow.gateway.ca.CertificateAuthority;
import io.certflow.gateway.ca.OrderOutcome;
import io.certflow.gateway.ca.Placed;
import io.certflow.gateway.ca.Refused;
import io.certflow.gateway.ca.Unknown;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;

/**
 * One attempt of a ledger row's current step against the CA: place, replace, or authorize. A
 * replacement names the order it replaces by our id; its CA order number comes from this ledger, so a
 * replacement of an order the gateway never placed fails, and one of an order still being placed
 * waits. A replacement whose answer was lost is found again among the old order's replacements.
 */
@Singleton
public class PlacementAttempts {

    private final CertificateAuthority ca;
    private final PlacementRepository placements;

    public PlacementAttempts(CertificateAuthority ca, PlacementRepository placements) {
        this.ca = ca;
        this.placements = placements;
    }

    public OrderOutcome attempt(Placement claimed) {
        return switch (claimed.step()) {
            case AUTHORIZE -> ca.authorize(claimed.orderId(), claimed.sectigoOrderNumber());
            case REPLACE -> replace(claimed);
            case PLACE -> ca.place(claimed.orderId(), claimed.details());
        };
    }

    /**
     * Before giving up after attempts without a clear answer: a new order that reached the CA after all
     * is found by our order id. Replacements and authorizations carry none to look for.
     */
    public OrderOutcome lastLook(Placement claimed, Unknown lastOutcome) {
        if (claimed.step() != PlacementStep.PLACE) {
            return lastOutcome;
        }
        return ca.find(claimed.orderId(), claimed.details(), lastOutcome);
    }

    private OrderOutcome replace(Placement claimed) {
        Optional<Placement> replaced = placements.findById(claimed.replacesOrderId());
        if (replaced.isEmpty()) {
            return refused("the order to replace, " + claimed.replacesOrderId() + ", is unknown to the gateway");
        }
        Placement old = replaced.get();
        if (old.hasFailed()) {
            return refused("the order to replace, " + old.orderId() + ", was never placed with Sectigo");
        }
        if (!old.isPlaced()) {
            return Unknown.because("the order to replace, " + old.orderId() + ", is still being placed");
        }
        OrderOutcome outcome = ca.replace(claimed.orderId(), claimed.details(), old.sectigoOrderNumber(),
                Boolean.TRUE.equals(claimed.revokeReplaced()));
        return claimed.attempts() > 1 && outcome instanceof Refused refusal && refusal.orderAlreadyChanged()
                ? adoptEarlierReplacement(claimed, old, refusal) : outcome;
    }

    /**
     * An earlier attempt went unanswered and now the old order is replaced (or revoked with it): that
     * attempt got through. Its order is the newest replacement of the old one that no order of this
     * ledger has claimed; without one the refusal stands.
     */
    private OrderOutcome adoptEarlierReplacement(Placement claimed, Placement old, Refused refusal) {
        Optional<List<Placed>> found = ca.replacementsOf(claimed.orderId(), claimed.details(),
                old.sectigoOrderNumber(), claimed.createdAt());
        if (found.isEmpty()) {
            return Unknown.because("the replacement lookup failed");
        }
        return found.get().stream().filter(order -> !placements.existsBySectigoOrderNumber(order.orderNumber()))
                .<OrderOutcome>map(order -> order).findFirst().orElse(refusal);
    }

    private static Refused refused(String message) {
        return Refused.invalid(message, "replacesOrderId");
    }
}
