package io.certflow.sandbox.calls;

import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/** The most recent calls received (at most {@value #CAPACITY}), for the control API. */
@Singleton
public class CallLog {

    static final int CAPACITY = 50_000;

    private final AtomicLong ids = new AtomicLong();
    private final java.util.concurrent.atomic.AtomicInteger size = new java.util.concurrent.atomic.AtomicInteger();
    private final ConcurrentLinkedQueue<CallRecord> calls = new ConcurrentLinkedQueue<>();

    public void record(String method, String endpoint, String query, Map<String, String> redactedParameters,
                       Integer errorCode, int httpStatus, String outcome, String orderNumber) {
        calls.add(new CallRecord(ids.incrementAndGet(), Instant.now(), method, endpoint, query, redactedParameters,
                errorCode, httpStatus, outcome, orderNumber));
        if (size.incrementAndGet() > CAPACITY && calls.poll() != null) {
            size.decrementAndGet();
        }
    }

    public List<CallRecord> all() {
        return List.copyOf(calls);
    }

    public void reset() {
        calls.clear();
        size.set(0);
    }
}
