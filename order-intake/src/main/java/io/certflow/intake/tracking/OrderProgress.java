package io.certflow.intake.tracking;

import io.certflow.events.CertificateQuarantined;
import io.certflow.events.CertificateRevoked;
import io.certflow.events.CertificateStatusChanged;
import io.certflow.events.CertificateStored;
import io.certflow.events.Event;
import io.certflow.events.OrderFailed;
import io.certflow.events.OrderPlaced;
import io.certflow.events.OrderRevocationFailed;
import io.certflow.intake.order.Failure;
import io.certflow.intake.order.NextStep;
import io.certflow.intake.order.Order;
import io.certflow.intake.order.OrderRepository;
import io.certflow.intake.order.TimelineEntry;
import io.certflow.intake.order.TimelineRepository;
import io.certflow.messaging.inbox.Inbox;
import io.certflow.messaging.inbox.OrderKey;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Keeps each order's status and timeline current from what the other services report. Each event
 * is applied once (its id is recorded with the change) and only ever moves an order forward.
 *
 * <p>Every event names its order, and intake stored the order before anyone could report on it, so
 * each event finds its order. Events on different topics come in any order (a status can be read
 * before its order's placement): the aggregate merges them. Each handler locks its order
 * ({@link OrderKey}, then the row), so events about one order, read by several consumers at once,
 * wait for each other.
 */
@Singleton
public class OrderProgress {

    private static final String CONSUMER = "order-intake.progress";

    private final OrderRepository orders;
    private final TimelineRepository timeline;
    private final Inbox inbox;

    OrderProgress(OrderRepository orders, TimelineRepository timeline, Inbox inbox) {
        this.orders = orders;
        this.timeline = timeline;
        this.inbox = inbox;
    }

    public void onPlaced(OrderPlaced placed) {
        NextStep next = NextStep.dcv(placed.dcvInstructions());
        once(placed, placed.orderId(), () -> change(placed.orderId(), placed, order -> order.placeWith(
                placed.sectigoOrderNumber(), next, placed.metadata().occurredAt()),
                "Placed with Sectigo as order " + placed.sectigoOrderNumber()));
    }

    public void onFailed(OrderFailed failed) {
        Failure failure = new Failure(failed.reason().name(), failed.message(), failed.field(), failed.providerCode());
        once(failed, failed.orderId(), () -> change(failed.orderId(), failed,
                order -> order.fail(failure, failed.metadata().occurredAt()), "Failed: " + failed.message()));
    }

    public void onStatusChanged(CertificateStatusChanged changed) {
        once(changed, changed.orderId(), () -> change(changed.orderId(), changed,
                order -> StatusChange.apply(order, changed), StatusChange.describe(changed)));
    }

    /** The certificate is stored: the order is ISSUED, and the order it replaces, if any, is REPLACED. */
    public void onStored(CertificateStored stored) {
        Instant at = stored.metadata().occurredAt();
        once(stored, stored.orderId(), () -> {
            Order issued = change(stored.orderId(), stored, order -> order.issue(at),
                    "Certificate verified and stored (serial " + stored.serialNumber() + ")");
            if (issued.replacesOrderId() != null) {
                change(issued.replacesOrderId(), stored, order -> order.replace(at),
                        "Replaced by order " + issued.id() + ", whose certificate is stored");
            }
        });
    }

    public void onQuarantined(CertificateQuarantined quarantined) {
        if (quarantined.orderId() != null) {
            once(quarantined, quarantined.orderId(), () -> change(quarantined.orderId(), quarantined,
                    UnaryOperator.identity(), "A certificate arrived but failed verification ("
                            + quarantined.reason() + "); it is held back"));
        }
    }

    public void onRevoked(CertificateRevoked revoked) {
        once(revoked, revoked.orderId(), () -> change(revoked.orderId(), revoked,
                order -> order.revoke(revoked.revokedAt()), "Certificate revoked (" + revoked.reason() + ")"));
    }

    /** The order stays as it was; the refusal is shown on it and the customer may ask again. */
    public void onRevocationFailed(OrderRevocationFailed failed) {
        once(failed, failed.orderId(), () -> change(failed.orderId(), failed,
                order -> order.revocationRefused(failed.message(), failed.metadata().occurredAt()),
                "Revocation refused: " + failed.message()));
    }

    private Order change(UUID orderId, Event cause, UnaryOperator<Order> step, String description) {
        Order order = orders.findByIdForUpdate(orderId).orElseThrow(() -> new UnknownOrderException(orderId));
        Order next = step.apply(order);
        Order current = next == order ? order : orders.update(next);
        timeline.save(TimelineEntry.of(current, cause.metadata().occurredAt(), description));
        return current;
    }

    private void once(Event event, UUID orderId, Runnable change) {
        inbox.handle(CONSUMER, event, OrderKey.order(orderId), change);
    }
}
