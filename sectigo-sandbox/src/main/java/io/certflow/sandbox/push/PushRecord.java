package io.certflow.sandbox.push;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One push delivery and how it went; the log keeps them for the control API. */
public final class PushRecord {

    public enum Outcome { PENDING, DELIVERED, FAILED, DROPPED }

    @Serdeable
    public record Attempt(Instant at, Integer httpStatus, String error) {
    }

    @Serdeable
    public record View(long id, String orderNumber, String status, int statusCode, String method, String url,
                       String fault, Outcome outcome, List<Attempt> attempts, Instant createdAt) {
    }

    private final long id;
    private final PushEvent event;
    private final String method;
    private final String url;
    private final String fault;
    private final Instant createdAt = Instant.now();
    private final List<Attempt> attempts = new ArrayList<>();
    private Outcome outcome = Outcome.PENDING;

    PushRecord(long id, PushEvent event, String method, String url, String fault) {
        this.id = id;
        this.event = event;
        this.method = method;
        this.url = url;
        this.fault = fault;
    }

    synchronized void attempted(Integer httpStatus, String error) {
        attempts.add(new Attempt(Instant.now(), httpStatus, error));
    }

    synchronized void finish(Outcome result) {
        this.outcome = result;
    }

    public synchronized View view() {
        return new View(id, event.orderNumber(), event.status(), event.statusCode(), method, url, fault, outcome,
                List.copyOf(attempts), createdAt);
    }
}
