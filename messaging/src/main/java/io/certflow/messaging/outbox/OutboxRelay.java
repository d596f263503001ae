package io.certflow.messaging.outbox;

import org.apache.kafka.clients.producer.Producer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Publishes the outbox to Kafka on its own thread: drains unsent rows batch by batch whenever a
 * commit of this process wakes it ({@link OutboxSignal}, or the fallback poll interval passes),
 * and backs off exponentially while the broker or the database is unavailable; rows are only
 * marked after Kafka acknowledged them, so a failure never loses one.
 *
 * <p>Any number of instances may run against one database (several processes of a service): an
 * advisory lock lets one publish at a time (see {@link OutboxBatch}); a relay woken while another
 * holds it waits for it, so the rows its own process committed leave right after the other's
 * batch. An {@link Error} ends the thread as a crash would: the open batch rolls back and is
 * published again by the next relay to run.
 */
final class OutboxRelay {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(100);

    private final OutboxProperties properties;
    private final OutboxBatch batch;
    private final OutboxSignal.Subscription wakeUps;
    private final Supplier<Producer<String, byte[]>> producers;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final Thread thread;
    private Producer<String, byte[]> producer;
    private volatile boolean running;

    OutboxRelay(OutboxProperties properties, DataSource dataSource, OutboxSignal signal,
                Supplier<Producer<String, byte[]>> producers) {
        this.properties = properties;
        this.batch = new OutboxBatch(dataSource, properties.batchSize(), properties.lockWait());
        this.wakeUps = signal.subscribe();
        this.producers = producers;
        this.thread = new Thread(this::run, "outbox-relay");
        thread.setDaemon(true);
    }

    void start() {
        running = true;
        thread.start();
    }

    /** Stops after the batch in progress. */
    void stop() {
        running = false;
        stopped.countDown();
        wakeUps.interrupt();
        try {
            // A batch waits at most the producer's delivery timeout (30 s) for its acknowledgements.
            thread.join(Duration.ofSeconds(35).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            wakeUps.close();
        }
    }

    boolean isAlive() {
        return thread.isAlive();
    }

    private void run() {
        Duration backoff = FIRST_BACKOFF;
        try {
            while (running) {
                try {
                    drain();
                    backoff = FIRST_BACKOFF;
                    wakeUps.await(properties.pollInterval().toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    running = false;
                } catch (Exception e) {
                    LOG.warn("Outbox relay failed, retrying in {} ms: {}", backoff.toMillis(), describe(e));
                    reset();
                    pause(backoff);
                    backoff = min(backoff.multipliedBy(2), properties.maxBackoff());
                }
            }
        } catch (Error e) {
            LOG.error("Outbox relay stopped by {}", e.getClass().getName());
            throw e;
        } finally {
            reset();
        }
    }

    /** Publishes full batches back to back until the outbox is empty or another relay has it. */
    private void drain() throws Exception {
        while (running) {
            OutboxBatch.Outcome outcome = batch.publish(producer());
            if (!outcome.locked() || outcome.published() < properties.batchSize()) {
                return;
            }
        }
    }

    private Producer<String, byte[]> producer() {
        if (producer == null) {
            producer = producers.get();
        }
        return producer;
    }

    /** A fresh producer after a failure, so no half-broken state is reused. */
    private void reset() {
        if (producer != null) {
            producer.close(Duration.ZERO);
            producer = null;
        }
    }

    private void pause(Duration duration) {
        try {
            stopped.await(duration.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    /** Class and message only: never payloads, and never connection settings. */
    private static String describe(Throwable e) {
        Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
        return cause.getClass().getName() + ": " + cause.getMessage();
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
