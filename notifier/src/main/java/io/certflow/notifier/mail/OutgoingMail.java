package io.certflow.notifier.mail;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.annotation.Version;
import io.micronaut.data.model.DataType;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One email in the durable mail queue, rendered when it was queued. At most one per event
 * ({@code eventId} is unique) and one per order and piece of news ({@code news}, e.g. {@code revoked}).
 * Immutable: a failed attempt answers a copy that is due again later and says why; a sent email
 * stays as the record of what the customer got.
 */
@MappedEntity("outgoing_mail")
public record OutgoingMail(
        @Id UUID id,
        UUID eventId,
        UUID orderId,
        String kind,
        String news,
        String recipient,
        String subject,
        String body,
        @TypeDef(type = DataType.JSON) List<MailAttachment> attachments,
        MailStatus status,
        int attempts,
        @Nullable String lastError,
        Instant nextAttemptAt,
        Instant createdAt,
        @Nullable Instant sentAt,
        @Nullable @Version Long version) {

    public OutgoingMail {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(news, "news");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(status, "status");
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** A new email, due at {@code dueAt} (now, or later for a provisional one). */
    public static OutgoingMail queue(UUID eventId, UUID orderId, String kind, String news, String recipient,
                                     String subject, String body, List<MailAttachment> attachments, Instant now,
                                     Instant dueAt) {
        return new OutgoingMail(UUID.randomUUID(), eventId, orderId, kind, news, recipient, subject, body,
                attachments, MailStatus.QUEUED, 0, null, dueAt, now, null, null);
    }

    /**
     * A fuller email about the same news takes the place of this one while it is still queued: same
     * row (and so the same Message-ID), the newer event, text and due time. A sent email stays as it was.
     */
    public OutgoingMail replacedBy(OutgoingMail newer) {
        if (status != MailStatus.QUEUED) {
            return this;
        }
        return new OutgoingMail(id, newer.eventId, orderId, newer.kind, news, newer.recipient, newer.subject,
                newer.body, newer.attachments, status, attempts, lastError, newer.nextAttemptAt, createdAt, sentAt,
                version);
    }

    /** The SMTP server accepted it. A second call changes nothing. */
    public OutgoingMail sent(Instant at) {
        if (status != MailStatus.QUEUED) {
            return this;
        }
        return new OutgoingMail(id, eventId, orderId, kind, news, recipient, subject, body, attachments,
                MailStatus.SENT, attempts + 1, lastError, nextAttemptAt, createdAt, at, version);
    }

    /** The attempt failed: it is due again after {@code wait}, and the row says why. */
    public OutgoingMail attemptFailed(String error, Instant at, Duration wait) {
        if (status != MailStatus.QUEUED) {
            return this;
        }
        return new OutgoingMail(id, eventId, orderId, kind, news, recipient, subject, body, attachments, status,
                attempts + 1, error, at.plus(wait), createdAt, sentAt, version);
    }
}
