package io.certflow.notifier.notification;

import io.certflow.events.CertificateStored;
import io.certflow.events.Event;
import io.certflow.events.OrderFailed;
import io.certflow.events.OrderPlaced;
import io.certflow.events.OrderRequested;
import io.certflow.messaging.inbox.IdempotentConsumer;
import io.certflow.notifier.mail.MailSenderRunner;
import io.certflow.notifier.mail.OutgoingMailRepository;
import io.certflow.notifier.recipient.Recipient;
import io.certflow.notifier.recipient.RecipientRepository;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.time.Clock;
import java.util.Optional;

/**
 * Turns events into queued emails, each in one transaction with the event's id (one email per
 * event, however often it is delivered). An event about an order whose {@code order.requested} has
 * not arrived yet is parked and becomes an email in the transaction that learns the recipient.
 */
@Singleton
public class CustomerNotifications {

    static final String RECIPIENTS_CONSUMER = "notifier.recipients";
    private static final Logger LOG = LoggerFactory.getLogger(CustomerNotifications.class);

    private final IdempotentConsumer inbox;
    private final OrderLocks locks;
    private final RecipientRepository recipients;
    private final PendingNotificationRepository pending;
    private final OutgoingMailRepository mails;
    private final MailComposer composer;
    private final MailSenderRunner sender;
    private final ObjectMapper json;
    private final Clock clock;
    private final TransactionOperations<Connection> transactions;

    public CustomerNotifications(IdempotentConsumer inbox, OrderLocks locks, RecipientRepository recipients,
                                 PendingNotificationRepository pending, OutgoingMailRepository mails,
                                 MailComposer composer, MailSenderRunner sender, ObjectMapper json, Clock clock,
                                 TransactionOperations<Connection> transactions) {
        this.inbox = inbox;
        this.locks = locks;
        this.recipients = recipients;
        this.pending = pending;
        this.mails = mails;
        this.composer = composer;
        this.sender = sender;
        this.json = json;
        this.clock = clock;
        this.transactions = transactions;
    }

    public void orderRequested(OrderRequested requested) {
        transactions.executeWrite(status -> {
            if (inbox.firstDelivery(RECIPIENTS_CONSUMER, requested.metadata().eventId())) {
                locks.lock(requested.orderId());
                if (!recipients.existsById(requested.orderId())) {
                    release(recipients.save(Recipient.of(requested, clock.instant())));
                }
            }
            return null;
        });
        sender.wakeUp();
    }

    public void orderPlaced(OrderPlaced placed) {
        notify(Notification.of(placed));
    }

    public void orderFailed(OrderFailed failed) {
        notify(Notification.of(failed));
    }

    public void certificateStored(CertificateStored stored) {
        notify(Notification.of(stored));
    }

    private void notify(Notification notification) {
        transactions.executeWrite(status -> {
            if (inbox.firstDelivery(notification.kind().consumer(), notification.eventId())) {
                locks.lock(notification.orderId());
                Optional<Recipient> recipient = recipients.findById(notification.orderId());
                if (recipient.isPresent()) {
                    queue(notification, recipient.get());
                } else {
                    park(notification);
                }
            }
            return null;
        });
        sender.wakeUp();
    }

    private void release(Recipient recipient) {
        for (PendingNotification parked : pending.findByOrderIdOrderByReceivedAt(recipient.orderId())) {
            queue(new Notification(parked.kind(), parked.orderId(), read(parked)), recipient);
            pending.delete(parked);
        }
    }

    private void queue(Notification notification, Recipient recipient) {
        var mail = mails.save(composer.compose(notification, recipient, clock.instant()));
        LOG.info("Queued {} mail {} for order {}", mail.kind(), mail.id(), mail.orderId());
    }

    private void park(Notification notification) {
        pending.save(new PendingNotification(notification.eventId(), notification.orderId(), notification.kind(),
                write(notification.event()), clock.instant()));
        LOG.info("Parked {} for order {} until its order.requested arrives", notification.kind(),
                notification.orderId());
    }

    private String write(Event event) {
        try {
            return json.writeValueAsString(event);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serialize " + event.metadata().type(), e);
        }
    }

    private Event read(PendingNotification parked) {
        try {
            return json.readValue(parked.payload(), parked.kind().eventType());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read parked event " + parked.eventId(), e);
        }
    }
}
