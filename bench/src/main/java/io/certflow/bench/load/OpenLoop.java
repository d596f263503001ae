package io.certflow.bench.load;

import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

/**
 * Offers work at a fixed rate whatever the system answers (open loop): each tick has an intended
 * time, and a tick that falls behind is sent at once, never skipped or moved. Latency measured from
 * the intended time therefore includes any wait the system imposed (no coordinated omission). The
 * consumer must not block: it starts an asynchronous request and returns.
 */
public final class OpenLoop {

    private OpenLoop() {
    }

    /** Runs {@code count} ticks at {@code perSecond}; returns once the last one has been handed out. */
    public static void run(double perSecond, int count, Consumer<Tick> onTick) {
        long period = (long) (1_000_000_000L / perSecond);
        long startNanos = System.nanoTime();
        long startMillis = System.currentTimeMillis();
        for (int i = 0; i < count; i++) {
            long intended = startNanos + i * period;
            long wait;
            while ((wait = intended - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            onTick.accept(new Tick(i, intended, startMillis + (intended - startNanos) / 1_000_000.0));
        }
    }

    /**
     * One scheduled piece of work.
     *
     * @param index          0-based
     * @param intendedNanos  intended send time on {@link System#nanoTime()}'s scale (for in-process latency)
     * @param intendedMillis the same as wall-clock epoch milliseconds (to compare with Kafka timestamps)
     */
    public record Tick(int index, long intendedNanos, double intendedMillis) {

        public double millisSinceIntended() {
            return (System.nanoTime() - intendedNanos) / 1_000_000.0;
        }
    }
}
