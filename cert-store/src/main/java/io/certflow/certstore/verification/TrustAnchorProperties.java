package io.certflow.certstore.verification;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * Where the trust anchors come from; at least one must yield a certificate.
 *
 * @param pemFile path of a PEM file with one or more root certificates ({@code TRUST_ANCHOR_PEM})
 * @param url     where to fetch such a PEM at startup, e.g. the sandbox's
 *                {@code http://localhost:8090/sandbox/ca/root.pem} ({@code TRUST_ANCHOR_URL})
 */
@ConfigurationProperties("certflow.cert-store.trust-anchor")
public record TrustAnchorProperties(@Nullable String pemFile, @Nullable String url) {
}
