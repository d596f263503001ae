package io.certflow.webhook.security;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * The per-address limit on the push routes: {@code perSecond} pushes refill each address's bucket,
 * which holds at most {@code burst}. Sectigo pushes one request per status change, so the limit only
 * bites a client that floods; a bad value stops the service at start.
 */
@ConfigurationProperties("certflow.webhook.push.rate")
public record PushRateProperties(double perSecond, int burst) {

    public PushRateProperties {
        if (!(perSecond > 0) || Double.isInfinite(perSecond)) {
            throw new IllegalArgumentException("PUSH_RATE_PER_SECOND must be a positive number, not " + perSecond);
        }
        if (burst < 1) {
            throw new IllegalArgumentException("PUSH_RATE_BURST must be at least 1, not " + burst);
        }
    }
}
