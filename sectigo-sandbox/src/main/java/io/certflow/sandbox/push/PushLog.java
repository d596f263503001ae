package io.certflow.sandbox.push;

import jakarta.inject.Singleton;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/** The most recent pushes (at most {@value #CAPACITY}) made or dropped, in the order they were decided. */
@Singleton
public class PushLog {

    static final int CAPACITY = 50_000;

    private final AtomicLong ids = new AtomicLong();
    private final java.util.concurrent.atomic.AtomicInteger size = new java.util.concurrent.atomic.AtomicInteger();
    private final ConcurrentLinkedQueue<PushRecord> records = new ConcurrentLinkedQueue<>();

    PushRecord open(PushEvent event, String method, String url, String fault) {
        PushRecord record = new PushRecord(ids.incrementAndGet(), event, method, url, fault);
        records.add(record);
        if (size.incrementAndGet() > CAPACITY && records.poll() != null) {
            size.decrementAndGet();
        }
        return record;
    }

    public List<PushRecord.View> all() {
        return records.stream().map(PushRecord::view).toList();
    }

    public void reset() {
        records.clear();
        size.set(0);
    }
}
