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
import io.certflow.notifier.mail.MailSenderRunner;
import io.certflow.notifier.recipient.Placements;
import io.certflow.notifier.recipient.Recipient;
import io.certflow.notifier.recipient.RecipientRepository;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;

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
    private final RecipientRepository recipients;
    private final Placements placements;
    private final Postbox postbox;
    private final MailSenderRunner sender;
    private final Clock clock;

    public CustomerNotifications(Inbox inbox, RecipientRepository recipients, Placements placements,
                                 Postbox postbox, MailSenderRunner sender, Clock clock) {
        this.inbox = inbox;
        this.recipients = recipients;
        this.placements = placements;
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
        handle(NotificationKind.ORDER_PLACED.consumer(), placed, OrderKey.order(placed.orderId()), () -> {
            placements.remember(placed);
            postbox.deliver(Notification.of(placed));
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
        Notification.of(changed).ifPresentOrElse(this::deliver,
                () -> LOG.debug("Status {} of order {} needs no email", changed.status(), changed.orderId()));
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
