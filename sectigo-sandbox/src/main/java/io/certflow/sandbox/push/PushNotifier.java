package io.certflow.sandbox.push;

import io.certflow.sandbox.account.Account;
import io.certflow.sandbox.account.AccountStore;
import io.certflow.sandbox.fault.FaultSwitchboard;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Sends pushes asynchronously. Pushes of one order leave in the order they were raised (each waits
 * for the previous one, retries included) unless the reorder fault holds one back.
 */
@Singleton
public class PushNotifier {

    private static final Logger LOG = LoggerFactory.getLogger(PushNotifier.class);

    private final AccountStore accounts;
    private final PushSender sender;
    private final PushLog log;
    private final FaultSwitchboard faults;
    private final PushProperties properties;
    private final ScheduledExecutorService executor;
    private final Map<String, CompletableFuture<Void>> queues = new ConcurrentHashMap<>();

    public PushNotifier(AccountStore accounts, PushSender sender, PushLog log, FaultSwitchboard faults,
                        PushProperties properties) {
        this.accounts = accounts;
        this.sender = sender;
        this.log = log;
        this.faults = faults;
        this.properties = properties;
        this.executor = Executors.newScheduledThreadPool(Math.max(1, properties.threads()));
    }

    public void notify(String loginName, PushEvent event) {
        Account account = accounts.find(loginName).filter(Account::pushEnabled).orElse(null);
        if (account == null) {
            return;
        }
        String method = sender.method(account);
        if (faults.dropPush()) {
            log.open(event, method, account.pushUrl(), "dropped").finish(PushRecord.Outcome.DROPPED);
            return;
        }
        if (faults.reorderPush()) {
            PushRecord held = log.open(event, method, account.pushUrl(), "reordered");
            executor.schedule(() -> deliver(account, event, held), faults.settings().pushReorderDelayMs(),
                    TimeUnit.MILLISECONDS);
            return;
        }
        boolean duplicate = faults.duplicatePush();
        enqueue(event.orderNumber(), account, event, log.open(event, method, account.pushUrl(), null));
        if (duplicate) {
            enqueue(event.orderNumber(), account, event, log.open(event, method, account.pushUrl(), "duplicate"));
        }
    }

    private void enqueue(String orderNumber, Account account, PushEvent event, PushRecord record) {
        queues.compute(orderNumber, (number, tail) -> (tail == null ? CompletableFuture.<Void>completedFuture(null)
                : tail).thenRunAsync(() -> deliver(account, event, record), executor));
    }

    private void deliver(Account account, PushEvent event, PushRecord record) {
        for (int attempt = 1; attempt <= properties.attempts(); attempt++) {
            if (tryOnce(account, event, record)) {
                record.finish(PushRecord.Outcome.DELIVERED);
                return;
            }
            if (attempt < properties.attempts()) {
                pause();
            }
        }
        LOG.warn("Push for order {} ({}) failed {} times; recorded as failed", event.orderNumber(),
                event.status(), properties.attempts());
        record.finish(PushRecord.Outcome.FAILED);
    }

    private boolean tryOnce(Account account, PushEvent event, PushRecord record) {
        try {
            int status = sender.send(account, event);
            record.attempted(status, null);
            return status >= 200 && status < 300;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            record.attempted(null, "interrupted");
            return false;
        } catch (Exception e) {
            record.attempted(null, e.getClass().getSimpleName() + ": " + e.getMessage());
            return false;
        }
    }

    private void pause() {
        try {
            TimeUnit.MILLISECONDS.sleep(properties.retryDelay().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public void reset() {
        queues.clear();
    }

    @PreDestroy
    void close() {
        executor.shutdownNow();
    }
}
