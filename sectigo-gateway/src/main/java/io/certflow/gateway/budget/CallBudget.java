package io.certflow.gateway.budget;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The Sectigo account's call budget, shared by every gateway instance through one database row (see
 * {@code V102__sectigo_call_budget.sql}). Callers block in {@link #acquire()} until a call may go; a
 * {@code -42} answer is reported with {@link #callLimitAnswered(Grant)} and cuts the shared rate, which
 * then climbs back step by step (AIMD, {@link Aimd}).
 *
 * <p>Within one instance only the caller at the head of a fair queue asks the database; it parks until
 * the due time the database named, holding no connection, so waiting callers cost one statement per
 * grant instead of a polling storm. The account's limit written at startup wins over every earlier
 * instance's: the last started instance's {@code certflow.gateway.sectigo.calls-per-second} is the one in force.
 */
@Singleton
public class CallBudget {

    private static final int CHANGE_TRIES = 3;

    private final BudgetStore store;
    private final BudgetProperties settings;
    private final String name;
    private final double callsPerSecond;
    private final double ceiling;
    private final ReentrantLock turn = new ReentrantLock(true);

    public CallBudget(BudgetStore store, BudgetProperties settings,
                      @Value("${certflow.gateway.sectigo.login-name}") String name,
                      @Value("${certflow.gateway.sectigo.calls-per-second}") double callsPerSecond) {
        this.store = store;
        this.settings = settings;
        this.name = name;
        this.callsPerSecond = callsPerSecond;
        this.ceiling = Aimd.of(callsPerSecond, settings).ceiling();
        if (settings.catchUp().isNegative() || settings.catchUp().compareTo(Duration.ofSeconds(1)) >= 0) {
            throw new IllegalArgumentException("certflow.gateway.budget.catch-up must be in [0, 1s)");
        }
    }

    @EventListener
    void onStartup(StartupEvent event) {
        configure();
    }

    /** Writes this instance's limit to the shared row (creating it on first use). */
    public void configure() {
        store.configure(name, callsPerSecond, ceiling);
    }

    /**
     * Blocks until one Sectigo call may be made now. Thread-safe.
     *
     * @throws CallBudgetInterruptedException if the thread is interrupted meanwhile (no call may be made)
     */
    public Grant acquire() {
        takeTurn();
        try {
            while (true) {
                BudgetStore.Take take = store.take(name, settings.catchUp()).orElse(null);
                if (take == null) {
                    configure();
                    continue;
                }
                recover(take.state());
                if (take.granted()) {
                    return new Grant(take.state().databaseTime());
                }
                park(take.dueIn());
            }
        } finally {
            turn.unlock();
        }
    }

    /** Sectigo answered {@code -42} to the call made under {@code grant}: counted, and cut if that is due. */
    public void callLimitAnswered(Grant grant) {
        BudgetState state = store.countCallLimitAnswer(name);
        for (int tries = 0; tries < CHANGE_TRIES; tries++) {
            Aimd aimd = Aimd.of(state.callsPerSecond(), settings);
            if (!aimd.cutsAfter(grant.grantedAt(), state.lastCutAt(), state.databaseTime())
                    || store.cut(name, state, aimd.cut(state.rate()))) {
                return;
            }
            state = store.read(name);
        }
    }

    private void recover(BudgetState state) {
        Aimd.of(state.callsPerSecond(), settings)
                .raise(state.rate(), state.rateChangedAt(), state.databaseTime())
                .ifPresent(raise -> store.raise(name, state, raise));
    }

    private void takeTurn() {
        try {
            turn.lockInterruptibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CallBudgetInterruptedException();
        }
    }

    private static void park(Duration wait) {
        LockSupport.parkNanos(Math.max(wait.toNanos(), TimeUnit.MICROSECONDS.toNanos(100)));
        if (Thread.currentThread().isInterrupted()) {
            throw new CallBudgetInterruptedException();
        }
    }
}
