package io.certflow.messaging.retention;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** messaging's own tables: the outbox after publication, the inbox after the topics forgot the event. */
@Factory
class MessagingRetentionRules {

    @Singleton
    RetentionRule publishedOutbox() {
        return RetentionRule.delete("messaging_outbox.published", RetentionRule.Age.OUTBOX,
                "messaging_outbox", "published_at < ?");
    }

    @Singleton
    RetentionRule processedEvents() {
        return RetentionRule.delete("messaging_processed_event", RetentionRule.Age.INBOX,
                "messaging_processed_event", "processed_at < ?");
    }
}
