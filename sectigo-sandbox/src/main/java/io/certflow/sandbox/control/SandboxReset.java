package io.certflow.sandbox.control;

import io.certflow.sandbox.account.AccountStore;
import io.certflow.sandbox.calls.CallLog;
import io.certflow.sandbox.config.RuntimeSettings;
import io.certflow.sandbox.fault.CallLimiter;
import io.certflow.sandbox.fault.FaultSwitchboard;
import io.certflow.sandbox.order.OrderStore;
import io.certflow.sandbox.push.PushLog;
import io.certflow.sandbox.push.PushNotifier;
import io.certflow.sandbox.validation.CompromisedKeys;
import jakarta.inject.Singleton;

/** Back to the state after start: accounts, orders, logs, faults and settings. The CA stays. */
@Singleton
public class SandboxReset {

    private final AccountStore accounts;
    private final OrderStore orders;
    private final CallLog calls;
    private final PushLog pushes;
    private final PushNotifier notifier;
    private final FaultSwitchboard faults;
    private final RuntimeSettings settings;
    private final CallLimiter limiter;
    private final CompromisedKeys compromisedKeys;

    public SandboxReset(AccountStore accounts, OrderStore orders, CallLog calls, PushLog pushes,
                        PushNotifier notifier, FaultSwitchboard faults, RuntimeSettings settings,
                        CallLimiter limiter, CompromisedKeys compromisedKeys) {
        this.accounts = accounts;
        this.orders = orders;
        this.calls = calls;
        this.pushes = pushes;
        this.notifier = notifier;
        this.faults = faults;
        this.settings = settings;
        this.limiter = limiter;
        this.compromisedKeys = compromisedKeys;
    }

    public void reset() {
        accounts.reset();
        orders.reset();
        calls.reset();
        pushes.reset();
        notifier.reset();
        faults.reset();
        settings.reset();
        limiter.reset();
        compromisedKeys.reset();
    }
}
