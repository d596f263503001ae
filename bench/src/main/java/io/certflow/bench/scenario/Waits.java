package io.certflow.bench.scenario;

import io.certflow.bench.load.TopicWatch;

import java.time.Duration;
import java.util.Collection;
import java.util.concurrent.locks.LockSupport;

/** Waiting for the system to finish what was offered, without timing anything by sleeping. */
final class Waits {

    private Waits() {
    }

    /** Waits until every key was seen on {@code topic} or {@code timeout} passed; answers how many were seen. */
    static long untilSeen(TopicWatch watch, String topic, Collection<String> keys, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long seen;
        while ((seen = watch.countSeen(topic, keys)) < keys.size() && System.nanoTime() < deadline) {
            LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
        }
        return seen;
    }
}
