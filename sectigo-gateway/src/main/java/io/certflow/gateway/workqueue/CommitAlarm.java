package io.certflow.gateway.workqueue;

import io.certflow.messaging.notify.ChannelListener;
import io.micronaut.jdbc.DataSourceResolver;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.time.Duration;

/**
 * Rings the dispatcher when a commit made a ledger row due now: the {@code V103} triggers notify
 * channel {@value #CHANNEL} (delivered at commit, never for a rollback). Its own thread and
 * connection; while that connection is down the dispatcher's fallback poll carries on.
 */
final class CommitAlarm {

    static final String CHANNEL = "gateway_work";
    private static final Logger LOG = LoggerFactory.getLogger(CommitAlarm.class);
    private static final Duration RECONNECT = Duration.ofSeconds(1);

    private final ChannelListener channel;
    private final Runnable ring;
    private final Thread thread;
    private volatile boolean active;

    private CommitAlarm(DataSource dataSource, String holder, Runnable ring) {
        this.channel = new ChannelListener(dataSource, CHANNEL);
        this.ring = ring;
        this.thread = new Thread(this::listen, holder + "-alarm");
        thread.setDaemon(true);
    }

    void start() {
        active = true;
        thread.start();
    }

    void stop() {
        active = false;
        try {
            thread.join(Duration.ofSeconds(2).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void listen() {
        try {
            while (active) {
                try {
                    channel.open();
                    if (channel.await(RECONNECT, () -> active)) {
                        ring.run();
                    }
                } catch (SQLException | RuntimeException e) {
                    LOG.warn("work queue notifications lost ({}); polling until they are back", e.getClass().getName());
                    channel.close();
                    sleep();
                }
            }
        } finally {
            channel.close();
        }
    }

    private void sleep() {
        try {
            Thread.sleep(RECONNECT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            active = false;
        }
    }

    /** Makes alarms on the pool itself: the LISTEN session lives outside any application transaction. */
    @Singleton
    static class Factory {

        private final DataSource dataSource;

        Factory(DataSource dataSource, DataSourceResolver resolver) {
            this.dataSource = resolver.resolve(dataSource);
        }

        CommitAlarm create(String holder, Runnable ring) {
            return new CommitAlarm(dataSource, holder, ring);
        }
    }
}
