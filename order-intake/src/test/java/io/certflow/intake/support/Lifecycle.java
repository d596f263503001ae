package io.certflow.intake.support;

import io.certflow.access.Caller;
import io.certflow.events.CertificateStored;
import io.certflow.events.Event;
import io.certflow.events.OrderDetails;
import io.certflow.events.OrderPlaced;
import io.certflow.intake.order.OrderQueries;
import io.certflow.intake.order.OrderStatus;
import io.certflow.intake.order.OrderView;
import io.certflow.intake.submission.OrderSubmissions;
import io.certflow.intake.submission.SubmissionOutcome;
import io.certflow.testkit.kafka.EventLog;
import io.micronaut.serde.ObjectMapper;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.awaitility.Awaitility.await;

/**
 * Moves orders through their life the way the other services would: accepted by intake, then
 * {@code order.placed} and {@code certificate.stored} published on the real broker.
 */
public final class Lifecycle {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final EventLog events;
    private final OrderSubmissions submissions;
    private final OrderQueries queries;

    public Lifecycle(ObjectMapper json, OrderSubmissions submissions, OrderQueries queries) {
        this.events = new EventLog(json);
        this.submissions = submissions;
        this.queries = queries;
    }

    /** Accepted for acme. */
    public UUID requested(OrderDetails order) {
        return requested(Callers.ACME, order);
    }

    public UUID requested(Caller client, OrderDetails order) {
        return ((SubmissionOutcome.Accepted) submissions.submit(client, order, null)).orderId();
    }

    /** Publishes the placement and waits until the order shows it; answers the Sectigo number. */
    public String placed(UUID orderId) {
        String number = newSectigoNumber();
        publish(OrderPlaced.of("sectigo-gateway", orderId, number, null, null, null, null, List.of(), null));
        await().atMost(PATIENCE).until(() -> number.equals(view(orderId).sectigoOrderNumber()));
        return number;
    }

    public void stored(UUID orderId, String number) {
        Instant now = Instant.now();
        publish(CertificateStored.of("cert-store", orderId, UUID.randomUUID(), number, "0a1b", "CN=shop.example.com",
                "CN=Sandbox Intermediate", List.of("shop.example.com"), now, now.plus(Duration.ofDays(365)), "ff00",
                "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n", List.of()));
    }

    /** An order of acme's accepted, placed and stored: ISSUED. */
    public UUID issued(OrderDetails order) {
        return issued(Callers.ACME, order);
    }

    public UUID issued(Caller client, OrderDetails order) {
        UUID orderId = requested(client, order);
        stored(orderId, placed(orderId));
        awaitStatus(orderId, OrderStatus.ISSUED);
        return orderId;
    }

    public OrderView awaitStatus(UUID orderId, OrderStatus status) {
        return await().atMost(PATIENCE).until(() -> view(orderId), view -> view.status() == status);
    }

    public OrderView view(UUID orderId) {
        return queries.find(Callers.OPERATOR, orderId).orElseThrow();
    }

    public void publish(Event event) {
        events.publish(event);
    }

    public EventLog events() {
        return events;
    }

    /** Far from the numbers other test classes draw, so no two orders share one. */
    private static String newSectigoNumber() {
        return String.valueOf(ThreadLocalRandom.current().nextLong(100_000_000_000L, 1_000_000_000_000L));
    }
}
