package io.certflow.devstack;

import java.time.Duration;

/**
 * How fast the stack's world turns. Production waits hours (Sectigo: collect no more often than every
 * 3 hours; cert-store scans for expiring certificates hourly); a local run and a test want to see the
 * same steps within seconds.
 *
 * @param validationDelay        how long the sandbox takes to complete domain validation
 * @param collectionInterval     gateway: least time between two CollectSSL calls for one order, and
 *                               how long after placement an S/MIME order is first collected
 * @param collectionSslGrace     gateway: an SSL order is collected only after this long without a push
 * @param expiryScanInterval     cert-store: how often it looks for certificates crossing an expiry threshold
 */
public record StackTimings(Duration validationDelay, Duration collectionInterval, Duration collectionSslGrace,
                          Duration expiryScanInterval) {

    /** {@code java -jar devstack.jar}: slow enough to read along, fast enough not to wait for anything. */
    public static StackTimings local() {
        return new StackTimings(Duration.ofSeconds(2), Duration.ofSeconds(10), Duration.ofSeconds(15),
                Duration.ofSeconds(5));
    }

    /**
     * Tests: a lost push is collected within about 10 s, an S/MIME order without pushes about 5 s after
     * placement, an expiring certificate noticed within 3 s.
     */
    public static StackTimings ephemeral() {
        return new StackTimings(Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(10),
                Duration.ofSeconds(3));
    }
}
