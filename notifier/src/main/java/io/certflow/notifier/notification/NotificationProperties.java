package io.certflow.notifier.notification;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * How notifications are timed, under {@code certflow.notifier.notifications}.
 *
 * @param revokedStatusDelay how long the email caused by Sectigo's bare "revoked" status waits before
 *                           it goes out. When certflow itself revoked the certificate, the gateway's
 *                           {@code certificate.revoked} (with reason and date) follows within moments
 *                           and takes the waiting email's place; when it never comes, the customer
 *                           still learns of the revocation after this delay.
 */
@ConfigurationProperties("certflow.notifier.notifications")
public record NotificationProperties(@Bindable(defaultValue = "30s") Duration revokedStatusDelay) {

    public NotificationProperties {
        if (revokedStatusDelay.isNegative()) {
            throw new IllegalArgumentException(
                    "certflow.notifier.notifications.revoked-status-delay must not be negative");
        }
    }
}
