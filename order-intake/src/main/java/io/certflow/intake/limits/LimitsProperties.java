package io.certflow.intake.limits;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * Limits on what a request body may be beyond its size ({@code micronaut.server.max-request-size}).
 * {@code maxNestingDepth}: the deepest JSON nesting read; an order is four levels deep, so anything
 * far deeper is an attack on the parser's stack, not an order.
 */
@ConfigurationProperties("certflow.intake.limits")
public record LimitsProperties(int maxNestingDepth) {

    static final int SMALLEST_NESTING_DEPTH = 8;

    public LimitsProperties {
        if (maxNestingDepth < SMALLEST_NESTING_DEPTH) {
            throw new IllegalArgumentException("JSON_MAX_NESTING_DEPTH must be at least " + SMALLEST_NESTING_DEPTH
                    + " (an order is four levels deep), not " + maxNestingDepth);
        }
    }
}
