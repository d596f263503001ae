package io.certflow.sandbox.fault;

import jakarta.inject.Singleton;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

/** The current fault switches; bursts are used up atomically, one call at a time. */
@Singleton
public class FaultSwitchboard {

    private final FaultProperties properties;
    private final AtomicReference<FaultSettings> current = new AtomicReference<>();

    public FaultSwitchboard(FaultProperties properties) {
        this.properties = properties;
        reset();
    }

    public void reset() {
        current.set(properties.toSettings().over(FaultSettings.none()));
    }

    public FaultSettings settings() {
        return current.get();
    }

    public FaultSettings change(FaultSettings change) {
        return current.updateAndGet(change::over);
    }

    public boolean http5xx() {
        return chance(settings().http5xxRate());
    }

    public boolean takeCallLimit() {
        return take(s -> s.callLimitBurst() > 0, s -> burst(s, s.callLimitBurst() - 1, null, null));
    }

    public boolean takeUnknownError() {
        return take(s -> s.unknownErrorBurst() > 0, s -> burst(s, null, s.unknownErrorBurst() - 1, null));
    }

    public boolean takeDropResponse() {
        return take(s -> s.dropResponseBurst() > 0, s -> burst(s, null, null, s.dropResponseBurst() - 1));
    }

    public boolean dropPush() {
        return chance(settings().pushDropRate());
    }

    public boolean duplicatePush() {
        return chance(settings().pushDuplicateRate());
    }

    public boolean reorderPush() {
        return take(s -> s.pushReorderBurst() > 0, s -> new FaultSettings(null, null, null, null, null, null, null,
                null, null, null, s.pushReorderBurst() - 1).over(s)) || chance(settings().pushReorderRate());
    }

    private boolean take(java.util.function.Predicate<FaultSettings> active, UnaryOperator<FaultSettings> decrement) {
        while (true) {
            FaultSettings now = current.get();
            if (!active.test(now)) {
                return false;
            }
            if (current.compareAndSet(now, decrement.apply(now))) {
                return true;
            }
        }
    }

    private static FaultSettings burst(FaultSettings base, Integer callLimit, Integer unknownError,
                                       Integer dropResponse) {
        return new FaultSettings(null, null, null, callLimit, unknownError, dropResponse, null, null, null, null,
                null).over(base);
    }

    private static boolean chance(double rate) {
        return rate > 0 && (rate >= 1 || ThreadLocalRandom.current().nextDouble() < rate);
    }
}
