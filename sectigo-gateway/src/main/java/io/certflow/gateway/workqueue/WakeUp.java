package io.certflow.gateway.workqueue;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** The dispatcher's alarm: rung by a commit's notification, a finished attempt or shutdown. */
final class WakeUp {

    private boolean rung;

    synchronized void ring() {
        rung = true;
        notifyAll();
    }

    /** Returns when rung (also before this call, since the last wake-up) or after {@code timeout}. */
    synchronized void await(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!rung) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        rung = false;
    }
}
