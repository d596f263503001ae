package io.certflow.sandbox.ca;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * {@code directory}: where the root and intermediate live. Empty: a fresh chain at every start;
 * set: loaded from there, or generated once and written there, so restarts keep the same root.
 */
@ConfigurationProperties("certflow.sandbox.ca")
public record CaProperties(@Nullable String directory) {
}
