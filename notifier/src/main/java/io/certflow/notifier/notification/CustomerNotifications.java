package io.certflow.notifier.notification;

import io.certflow.events.CertificateExpiring;
import io.certflow.events.CertificateRevoked;
import io.certflow.events.CertificateStatusChanged;
import io.certflow.events.CertificateStored;
import io.certflow.events.Event;
import io.certflow.events.OrderFailed;
import io.certflow.events.OrderPlaced;
import io.certflow.events.OrderRequested;
import io.certflow.events.OrderRevocationFailed;
import io.certflow.messaging.inbox.Inbox;
import io.certflow.messaging.inbox.OrderKey;
import io.certflow.messaging.inbox.OrderLocks;
import io.certflow.notifier.mail.MailSenderRunner;
import io.certflow.notifier.recipient.OrderJoins;
import io.certflow.notifier.recipient.Recipient;
import io.certflow.notifier.recipient.RecipientRepository;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * The notifier's use cases, one per consumed event. Each runs in one transaction with the event's id
 * (a redelivered event changes nothing) and the order's lock, and hands the email to the
 * {@link Postbox}; the sender is woken once the transaction committed.
 */
@Singleton
public class CustomerNotifications {

    static final String RECIPIENTS_CONSUMER = "notifier.recipients";
    private static final Logger LOG = LoggerFactory.getLogger(CustomerNotifications.class);

    private final Inbox inbox;
    private final OrderLocks locks;
    private final RecipientRepository recipients;
    private final OrderJoins joins;
    private final Postbox postbox;
    private final MailSenderRunner sender;
    private final Clock clock;

    public CustomerNotifications(Inbox inbox, OrderLocks locks, RecipientRepository recipients,
                                 OrderJoins joins, Postbox postbox, MailSenderRunner sender, Clock clock) {
        this.inbox = inbox;
        this.locks = locks;
        this.recipients = recipients;
        this.joins = joins;
        this.postbox = postbox;
        this.sender = sender;
        this.clock = clock;
    }

    public void orderRequested(OrderRequested requested) {
        handle(RECIPIENTS_CONSUMER, requested, OrderKey.order(requested.orderId()), () -> {
            if (!recipients.existsById(requested.orderId())) {
                postbox.release(recipients.save(Recipient.of(requested, clock.instant())));
            }
        });
    }

    public void orderPlaced(OrderPlaced placed) {
        OrderKey order = OrderKey.of(placed.sectigoOrderNumber(), placed.orderId());
        handle(NotificationKind.ORDER_PLACED.consumer(), placed, order, () -> {
            joins.remember(placed);
            postbox.deliver(Notification.of(placed));
            postbox.releaseJoined(placed.sectigoOrderNumber(), placed.orderId());
        });
    }

    public void orderFailed(OrderFailed failed) {
        deliver(Notification.of(failed));
    }

    public void certificateStored(CertificateStored stored) {
        deliver(Notification.of(stored));
    }

    public void certificateRevoked(CertificateRevoked revoked) {
        deliver(Notification.of(revoked));
    }

    public void revocationFailed(OrderRevocationFailed failed) {
        deliver(Notification.of(failed));
    }

    public void certificateExpiring(CertificateExpiring expiring) {
        deliver(Notification.of(expiring));
    }

    public void statusChanged(CertificateStatusChanged changed) {
        Optional<NotificationKind> kind = NotificationKind.forStatus(changed.status());
        if (kind.isEmpty()) {
            LOG.debug("Status {} of Sectigo order {} needs no email", changed.status(), changed.sectigoOrderNumber());
            return;
        }
        handle(kind.get().consumer(), changed, OrderKey.sectigoNumber(changed.sectigoOrderNumber()), () -> {
            Optional<UUID> orderId = joins.orderOf(changed);
            if (orderId.isPresent()) {
                locks.lockOrder(orderId.get());
                postbox.deliver(new Notification(kind.get(), orderId.get(), changed));
            } else {
                postbox.parkUnjoined(kind.get(), changed);
            }
        });
    }

    private void deliver(Notification notification) {
        handle(notification.kind().consumer(), notification.event(), OrderKey.order(notification.orderId()),
                () -> postbox.deliver(notification));
    }

    /** The sender is woken only after the transaction committed, so it finds the email. */
    private void handle(String consumer, Event event, OrderKey lock, Runnable work) {
        inbox.handle(consumer, event, lock, work);
        sender.wakeUp();
    }
}
