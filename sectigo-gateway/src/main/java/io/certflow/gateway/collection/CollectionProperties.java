package io.certflow.gateway.collection;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.Duration;

/**
 * When silent orders are collected with CollectSSL.
 *
 * @param interval     the least time between two collections of one order (Sectigo: not more often than
 *                     every 3 hours); S/MIME orders are first collected this long after placement
 * @param sslGrace     an SSL order is collected only when no push said anything of it for this long
 * @param pollInterval pause between two looks for due orders
 * @param batchSize    orders collected per look, one after the other
 * @param lease        how long one collector holds the collection lease between two renewals; must
 *                     exceed twice {@code sectigo.timeout}
 */
@ConfigurationProperties("collection")
public record CollectionProperties(Duration interval, Duration sslGrace, Duration pollInterval, int batchSize,
                                   Duration lease) {
}
