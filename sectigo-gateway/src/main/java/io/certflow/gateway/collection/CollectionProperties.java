package io.certflow.gateway.collection;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.Duration;

/**
 * When silent orders are collected with CollectSSL.
 *
 * @param interval the least time between two collections of one order (Sectigo: not more often than
 *                 every 3 hours); S/MIME orders are first collected this long after placement
 * @param sslGrace an SSL order is collected only when no push said anything of it for this long
 * @param lease    how long one collector holds the collection lease (and the collected row) for one
 *                 call; must exceed twice {@code certflow.gateway.sectigo.timeout}
 */
@ConfigurationProperties("certflow.gateway.collection")
public record CollectionProperties(Duration interval, Duration sslGrace, Duration lease) {
}
