package io.certflow.messaging.outbox;

import jakarta.inject.Singleton;

import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Wakes this process's relay when a transaction that appended to the outbox commits.
 *
 * <p>In-process instead of a {@code NOTIFY} from the outbox trigger: PostgreSQL serializes every
 * committing transaction that notified, across the whole server, on one lock held through the
 * commit's WAL flush (see {@code PreCommit_Notify}), so a notifying outbox made every service's
 * writes queue behind each other's fsync. A relay of another process is not woken: it does not
 * need to be, because the relay of the committing process waits for the relay lock rather than
 * giving up (see {@link OutboxBatch}).
 */
@Singleton
public class OutboxSignal {

    private final Set<Semaphore> relays = new CopyOnWriteArraySet<>();

    /** Called after a commit that appended events. */
    void committed() {
        relays.forEach(Semaphore::release);
    }

    /** A wake-up channel for one relay, subscribed until {@link Subscription#close()}. */
    Subscription subscribe() {
        Semaphore wake = new Semaphore(0);
        relays.add(wake);
        return new Subscription(wake);
    }

    /** One relay's wake-ups: commits since the last wait count as one. */
    final class Subscription implements AutoCloseable {

        private final Semaphore wake;

        private Subscription(Semaphore wake) {
            this.wake = wake;
        }

        /** Returns at once if a commit came since the last call, else after the commit or the timeout. */
        void await(long millis) throws InterruptedException {
            if (wake.tryAcquire(millis, TimeUnit.MILLISECONDS)) {
                wake.drainPermits();
            }
        }

        /** Ends a wait in progress, e.g. to stop the relay. */
        void interrupt() {
            wake.release();
        }

        @Override
        public void close() {
            relays.remove(wake);
        }
    }
}
