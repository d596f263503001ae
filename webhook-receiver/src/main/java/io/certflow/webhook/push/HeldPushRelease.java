package io.certflow.webhook.push;

import io.certflow.events.OrderPlaced;
import io.certflow.messaging.inbox.Inbox;
import io.certflow.messaging.inbox.OrderKey;
import io.certflow.webhook.order.KnownOrders;
import jakarta.inject.Singleton;

/**
 * Learns from {@code order.placed} which order a Sectigo number belongs to and publishes, in the
 * order they arrived, the pushes held back for it. The inbox takes the number's lock first, the
 * same lock a push takes, so a push racing its {@code order.placed} is either held and then
 * released here, or published at once with the order id: never held forever.
 */
@Singleton
class HeldPushRelease {

    private static final String CONSUMER = "webhook-receiver.order-placed";

    private final Inbox inbox;
    private final KnownOrders knownOrders;
    private final HeldPushes held;
    private final PushEvents events;

    HeldPushRelease(Inbox inbox, KnownOrders knownOrders, HeldPushes held, PushEvents events) {
        this.inbox = inbox;
        this.knownOrders = knownOrders;
        this.held = held;
        this.events = events;
    }

    void orderPlaced(OrderPlaced placed) {
        String number = placed.sectigoOrderNumber();
        inbox.handle(CONSUMER, placed, OrderKey.of(number, placed.orderId()), () -> {
            knownOrders.remember(number, placed.orderId());
            for (Push push : held.of(number)) {
                events.publish(push, placed.orderId());
            }
            held.release(number, placed.orderId());
        });
    }
}
