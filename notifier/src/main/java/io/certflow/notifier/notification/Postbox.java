package io.certflow.notifier.notification;

import io.certflow.events.Event;
import io.certflow.notifier.mail.MailStatus;
import io.certflow.notifier.mail.OutgoingMail;
import io.certflow.notifier.mail.OutgoingMailRepository;
import io.certflow.notifier.recipient.Placements;
import io.certflow.notifier.recipient.Recipient;
import io.certflow.notifier.recipient.RecipientRepository;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Turns notifications into queued emails inside the caller's transaction (which holds the order's
 * lock): one email per order and news, or, while the recipient is unknown, a parked event that the
 * order's {@code order.requested} releases.
 */
@Singleton
public class Postbox {

    private static final Logger LOG = LoggerFactory.getLogger(Postbox.class);

    private final RecipientRepository recipients;
    private final PendingNotificationRepository pending;
    private final OutgoingMailRepository mails;
    private final Placements placements;
    private final MailComposer composer;
    private final NotificationProperties settings;
    private final ObjectMapper json;
    private final Clock clock;

    public Postbox(RecipientRepository recipients, PendingNotificationRepository pending,
                   OutgoingMailRepository mails, Placements placements, MailComposer composer,
                   NotificationProperties settings, ObjectMapper json, Clock clock) {
        this.recipients = recipients;
        this.pending = pending;
        this.mails = mails;
        this.placements = placements;
        this.composer = composer;
        this.settings = settings;
        this.json = json;
        this.clock = clock;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void deliver(Notification notification) {
        Optional<Recipient> recipient = recipients.findById(notification.orderId());
        if (recipient.isPresent()) {
            queue(notification, recipient.get());
        } else {
            park(new PendingNotification(notification.eventId(), notification.orderId(), notification.kind(),
                    write(notification.event()), clock.instant()));
        }
    }

    /** The recipient became known: the order's parked events become emails. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void release(Recipient recipient) {
        for (PendingNotification parked : pending.findByOrderIdOrderByReceivedAt(recipient.orderId())) {
            queue(new Notification(parked.kind(), recipient.orderId(), read(parked)), recipient);
            pending.delete(parked);
        }
    }

    private void queue(Notification notification, Recipient recipient) {
        Optional<OutgoingMail> told = mails.findByOrderIdAndNewsForUpdate(notification.orderId(), notification.news());
        if (told.isEmpty()) {
            OutgoingMail mail = mails.save(compose(notification, recipient));
            LOG.info("Queued {} mail {} for order {}, due {}", mail.kind(), mail.id(), mail.orderId(),
                    mail.nextAttemptAt());
        } else if (notification.kind().replacesQueued() && told.get().status() == MailStatus.QUEUED) {
            OutgoingMail mail = mails.update(told.get().replacedBy(compose(notification, recipient)));
            LOG.info("Replaced queued mail {} for order {} by the fuller {}", mail.id(), mail.orderId(),
                    notification.kind());
        } else {
            LOG.info("Order {} was told '{}' already (mail {}); {} {} sends no second email",
                    notification.orderId(), notification.news(), told.get().id(), notification.kind(),
                    notification.eventId());
        }
    }

    private OutgoingMail compose(Notification notification, Recipient recipient) {
        Instant now = clock.instant();
        Instant due = notification.kind().provisional() ? now.plus(settings.revokedStatusDelay()) : now;
        return composer.compose(notification, placements.factsOf(recipient), now, due);
    }

    private void park(PendingNotification parked) {
        pending.save(parked);
        LOG.info("Parked {} {} until the recipient of order {} is known", parked.kind(), parked.eventId(),
                parked.orderId());
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
