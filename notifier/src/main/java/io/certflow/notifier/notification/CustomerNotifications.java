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
import io.certflow.messaging.inbox.IdempotentConsumer;
import io.certflow.notifier.mail.MailSenderRunner;
import io.certflow.notifier.recipient.OrderJoins;
import io.certflow.notifier.recipient.Recipient;
import io.certflow.notifier.recipient.RecipientRepository;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
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

    private final IdempotentConsumer inbox;
    private final OrderLocks locks;
    private final RecipientRepository recipients;
    private final OrderJoins joins;
    private final Postbox postbox;
    private final MailSenderRunner sender;
    private final Clock clock;
    private final TransactionOperations<Connection> transactions;

    public CustomerNotifications(IdempotentConsumer inbox, OrderLocks locks, RecipientRepository recipients,
                                 OrderJoins joins, Postbox postbox, MailSenderRunner sender, Clock clock,
                                 TransactionOperations<Connection> transactions) {
        this.inbox = inbox;
        this.locks = locks;
        this.recipients = recipients;
        this.joins = joins;
        this.postbox = postbox;
        this.sender = sender;
        this.clock = clock;
        this.transactions = transactions;
    }

    public void orderRequested(OrderRequested requested) {
        once(RECIPIENTS_CONSUMER, requested, () -> {
            locks.lock(requested.orderId());
            if (!recipients.existsById(requested.orderId())) {
                postbox.release(recipients.save(Recipient.of(requested, clock.instant())));
            }
        });
    }

    public void orderPlaced(OrderPlaced placed) {
        once(NotificationKind.ORDER_PLACED.consumer(), placed, () -> {
            locks.lockSectigoOrder(placed.sectigoOrderNumber());
            locks.lock(placed.orderId());
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
        once(kind.get().consumer(), changed, () -> {
            locks.lockSectigoOrder(changed.sectigoOrderNumber());
            Optional<UUID> orderId = joins.orderOf(changed);
            if (orderId.isPresent()) {
                locks.lock(orderId.get());
                postbox.deliver(new Notification(kind.get(), orderId.get(), changed));
            } else {
                postbox.parkUnjoined(kind.get(), changed);
            }
        });
    }

    private void deliver(Notification notification) {
        once(notification.kind().consumer(), notification.event(), () -> {
            locks.lock(notification.orderId());
            postbox.deliver(notification);
        });
    }

    private void once(String consumer, Event event, Runnable work) {
        transactions.executeWrite(status -> {
            if (inbox.firstDelivery(consumer, event.metadata().eventId())) {
                work.run();
            }
            return null;
        });
        sender.wakeUp();
    }
}
