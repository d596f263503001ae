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
 * One email in the durable mail queue, rendered when it was queued. Exactly one per event
 * ({@code eventId} is unique). Immutable: a failed attempt answers a copy that is due again later
 * and says why; a sent email stays as the record of what the customer got.
 */
@MappedEntity("outgoing_mail")
public record OutgoingMail(
        @Id UUID id,
        UUID eventId,
        UUID orderId,
        String kind,
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
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(status, "status");
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** A new email, due at once. */
    public static OutgoingMail queue(UUID eventId, UUID orderId, String kind, String recipient, String subject,
                                     String body, List<MailAttachment> attachments, Instant now) {
        return new OutgoingMail(UUID.randomUUID(), eventId, orderId, kind, recipient, subject, body, attachments,
                MailStatus.QUEUED, 0, null, now, now, null, null);
    }

    /** The SMTP server accepted it. A second call changes nothing. */
    public OutgoingMail sent(Instant at) {
        if (status != MailStatus.QUEUED) {
            return this;
        }
        return new OutgoingMail(id, eventId, orderId, kind, recipient, subject, body, attachments, MailStatus.SENT,
                attempts + 1, lastError, nextAttemptAt, createdAt, at, version);
    }

    /** The attempt failed: it is due again after {@code wait}, and the row says why. */
    public OutgoingMail attemptFailed(String error, Instant at, Duration wait) {
        if (status != MailStatus.QUEUED) {
            return this;
        }
        return new OutgoingMail(id, eventId, orderId, kind, recipient, subject, body, attachments, status,
                attempts + 1, error, at.plus(wait), createdAt, sentAt, version);
    }
}
