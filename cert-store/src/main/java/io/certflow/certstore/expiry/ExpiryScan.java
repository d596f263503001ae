package io.certflow.certstore.expiry;

import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One pass over the certificates that reached an expiry threshold not yet recorded: each gets its
 * reminder (certificate.expiring) at most once per threshold. Paged by (notAfter, id), one
 * transaction per certificate, so a scan holds no long transaction and any number of instances
 * may scan at once.
 */
@Singleton
public class ExpiryScan {

    private static final Logger LOG = LoggerFactory.getLogger(ExpiryScan.class);
    private static final int PAGE = 200;
    private static final UUID LOWEST = new UUID(0, 0);

    private final ExpiryNotices notices;
    private final ExpiryProperties properties;
    private final Clock clock;
    private final AtomicLong completed = new AtomicLong();

    ExpiryScan(ExpiryNotices notices, ExpiryProperties properties, Clock clock) {
        this.notices = notices;
        this.properties = properties;
        this.clock = clock;
    }

    /** @return how many reminders this pass sent */
    public int scanOnce() {
        Instant now = clock.instant();
        List<Integer> thresholds = properties.thresholds();
        ExpiryNotices.Due after = new ExpiryNotices.Due(LOWEST, now);
        int reminded = 0;
        List<ExpiryNotices.Due> page;
        do {
            page = notices.due(now, thresholds, after, PAGE);
            for (ExpiryNotices.Due due : page) {
                if (notices.remind(due.id(), now, thresholds)) {
                    reminded++;
                }
                after = due;
            }
        } while (page.size() == PAGE);
        completed.incrementAndGet();
        if (reminded > 0) {
            LOG.info("Expiry scan at {}: {} reminder(s)", now, reminded);
        }
        return reminded;
    }

    /** Passes finished since start, e.g. for a test that waits for the scheduler. */
    public long completedScans() {
        return completed.get();
    }
}
