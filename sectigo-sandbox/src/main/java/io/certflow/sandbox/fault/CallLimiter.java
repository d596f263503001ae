package io.certflow.sandbox.fault;

import io.certflow.sandbox.config.RuntimeSettings;
import io.certflow.sandbox.config.Settings;
import jakarta.inject.Singleton;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Sectigo's call limit (-42): a fixed window per login name. */
@Singleton
public class CallLimiter {

    private record Window(long start, int calls) {
    }

    private final RuntimeSettings settings;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    public CallLimiter(RuntimeSettings settings) {
        this.settings = settings;
    }

    /** Counts the call; false when it is over the limit. */
    public boolean allow(String loginName) {
        Settings now = settings.get();
        if (now.callLimit() <= 0) {
            return true;
        }
        long time = System.currentTimeMillis();
        Window window = windows.compute(loginName == null ? "" : loginName, (name, w) ->
                w == null || time - w.start() >= now.callLimitWindowMs() ? new Window(time, 1)
                        : new Window(w.start(), w.calls() + 1));
        return window.calls() <= now.callLimit();
    }

    public void reset() {
        windows.clear();
    }
}
