package io.certflow.gateway.workqueue;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Works off every ledger with up to {@code max-in-flight} attempts at once: one thread claims (only
 * as many rows as there are free slots, lane by lane), a pool of that many threads runs the
 * attempts. It sleeps until a commit notifies new work ({@link CommitAlarm}), an attempt ends, the
 * earliest waiting row falls due or lease runs out, or at the latest the fallback poll interval.
 *
 * <p>A claimed row is only attempted if its lease outlasts twice the call timeout, so that no other
 * holder can take it up while this one may still be calling; one whose attempt crashed comes back
 * when its lease ends.
 */
public final class WorkDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(WorkDispatcher.class);
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(100);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(10);

    private final String holder;
    private final List<WorkKind> kinds;
    private final WorkClaims claims;
    private final WorkQueueProperties settings;
    private final Duration callTimeout;
    private final Clock clock;
    private final WakeUp wakeUp = new WakeUp();
    private final Semaphore slots;
    private final Map<WorkKind, AtomicInteger> running = new IdentityHashMap<>();
    private final ExecutorService calls;
    private final CommitAlarm alarm;
    private final Thread loop;
    private volatile boolean active;

    WorkDispatcher(String holder, List<WorkKind> kinds, WorkClaims claims, WorkQueueProperties settings,
                   Duration callTimeout, Clock clock, CommitAlarm.Factory alarms) {
        this.holder = holder;
        this.kinds = List.copyOf(kinds);
        this.claims = claims;
        this.settings = settings;
        this.callTimeout = callTimeout;
        this.clock = clock;
        this.slots = new Semaphore(settings.maxInFlight());
        kinds.forEach(kind -> running.put(kind, new AtomicInteger()));
        AtomicInteger numbers = new AtomicInteger();
        this.calls = Executors.newFixedThreadPool(settings.maxInFlight(), task -> daemon(task,
                holder + "-call-" + numbers.incrementAndGet()));
        this.alarm = alarms.create(holder, wakeUp::ring);
        this.loop = daemon(this::run, holder + "-dispatcher");
    }

    public String holder() {
        return holder;
    }

    public void start() {
        active = true;
        alarm.start();
        loop.start();
    }

    /** Stops claiming; attempts in flight get a few seconds, then their rows wait for their leases. */
    public void stop() {
        active = false;
        wakeUp.ring();
        alarm.stop();
        try {
            loop.join(Duration.ofSeconds(5).toMillis());
            calls.shutdown();
            if (!calls.awaitTermination(5, TimeUnit.SECONDS)) {
                calls.shutdownNow();
            }
        } catch (InterruptedException e) {
            calls.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        Duration backoff = FIRST_BACKOFF;
        while (active) {
            try {
                if (claimRound() > 0 && slots.availablePermits() > 0) {
                    continue;
                }
                wakeUp.await(sleep());
                backoff = FIRST_BACKOFF;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warn("work queue {} could not claim ({}); again in {} ms", holder, e.getClass().getName(),
                        backoff.toMillis());
                pause(backoff);
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
    }

    private int claimRound() {
        int free = slots.availablePermits();
        if (free == 0) {
            return 0;
        }
        List<ClaimedWork> claimed = claims.claim(kinds, free, kind -> running.get(kind).get(), holder,
                clock.instant());
        for (ClaimedWork work : claimed) {
            slots.acquireUninterruptibly();
            running.get(work.kind()).incrementAndGet();
            calls.execute(() -> attempt(work));
        }
        return claimed.size();
    }

    private void attempt(ClaimedWork work) {
        try {
            if (clock.instant().plus(callTimeout.multipliedBy(2)).isAfter(work.leaseUntil())) {
                return;
            }
            work.attempt().run();
        } catch (RuntimeException e) {
            LOG.warn("{} attempt for {} failed ({}); retried when its lease ends", work.kind().name(), work.subject(),
                    e.getClass().getName());
        } finally {
            running.get(work.kind()).decrementAndGet();
            slots.release();
            wakeUp.ring();
        }
    }

    /** With every slot busy only a finished attempt (or a notification) matters; else the next due row. */
    private Duration sleep() {
        Instant now = clock.instant();
        Instant fallback = now.plus(settings.pollInterval());
        if (slots.availablePermits() == 0) {
            return settings.pollInterval();
        }
        Instant next = claims.nextDueAfter(now).filter(due -> due.isBefore(fallback)).orElse(fallback);
        return Duration.between(now, next);
    }

    private void pause(Duration duration) {
        try {
            wakeUp.await(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            active = false;
        }
    }

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }
}
