package io.certflow.intake.tracking;

import io.certflow.events.CertificateStatus;
import io.certflow.events.CertificateStatusChanged;
import io.certflow.events.CertificateStored;
import io.certflow.events.DcvInstruction;
import io.certflow.events.DcvMethod;
import io.certflow.events.OrderPlaced;
import io.certflow.events.StatusOrigin;
import io.certflow.intake.order.NextStep;
import io.certflow.intake.order.OrderQueries;
import io.certflow.intake.order.OrderStatus;
import io.certflow.intake.order.OrderView;
import io.certflow.intake.order.Orders;
import io.certflow.intake.submission.OrderSubmissions;
import io.certflow.intake.submission.SubmissionOutcome;
import io.certflow.intake.support.Callers;
import io.certflow.intake.support.IntakeTestContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events about one order handled at the same moment by several consumers, as two instances (or two
 * listener threads) do: each round's handlers are released together by a barrier. The placement and
 * Sectigo's statuses come on different topics, so any of them may be first: each must be applied
 * exactly once, none may undo another, and none may fail on the order row's version.
 */
@MicronautTest(transactional = false)
class ConcurrentProgressTest extends IntakeTestContext {

    private static final int ORDERS = 25;
    private static final AtomicLong NUMBERS = new AtomicLong(System.nanoTime() % 1_000_000_000L + 3_000_000_000L);
    private static final DcvInstruction CNAME = new DcvInstruction(Orders.DOMAIN, DcvMethod.CNAME_CSR_HASH, null,
            null, null, "_abc." + Orders.DOMAIN, "aa.bb.sectigo.com");

    @Inject
    OrderProgress progress;
    @Inject
    OrderSubmissions submissions;
    @Inject
    OrderQueries queries;

    private final ExecutorService consumers = Executors.newFixedThreadPool(3);

    @AfterAll
    void stopConsumers() {
        consumers.shutdownNow();
    }

    @Test
    void shouldApplyStatusAndPlacementWhenTheyArriveAtTheSameTime() throws Exception {
        for (int i = 0; i < ORDERS; i++) {
            UUID orderId = newOrder();
            String number = String.valueOf(NUMBERS.incrementAndGet());
            OrderPlaced placed = placed(orderId, number);
            CertificateStatusChanged validating = pushed(number, orderId, CertificateStatus.VALIDATING);

            together(() -> progress.onPlaced(placed), () -> progress.onStatusChanged(validating));

            OrderView view = queries.find(Callers.OPERATOR, orderId).orElseThrow();
            assertThat(view.status()).as("order %s", orderId).isEqualTo(OrderStatus.VALIDATING);
            assertThat(view.sectigoOrderNumber()).isEqualTo(number);
            assertThat(view.nextStep().dcvInstructions()).as("order %s", orderId).containsExactly(CNAME);
            assertThat(timelineEntries(orderId, "Sectigo is validating the order%")).as("order %s", orderId).isOne();
            assertThat(timelineEntries(orderId, "Placed with Sectigo%")).as("order %s", orderId).isOne();
        }
    }

    /** Whichever comes first, the brand check's step stands: the placement keeps it, VALIDATING keeps it. */
    @Test
    void shouldApplyEachStatusOnceWhenTwoStatusesRaceThePlacement() throws Exception {
        for (int i = 0; i < ORDERS; i++) {
            UUID orderId = newOrder();
            String number = String.valueOf(NUMBERS.incrementAndGet());
            OrderPlaced placed = placed(orderId, number);
            CertificateStatusChanged validating = pushed(number, orderId, CertificateStatus.VALIDATING);
            CertificateStatusChanged brand = pushed(number, orderId, CertificateStatus.AWAITING_BRAND_VALIDATION);

            together(() -> progress.onStatusChanged(validating), () -> progress.onPlaced(placed),
                    () -> progress.onStatusChanged(brand));

            OrderView view = queries.find(Callers.OPERATOR, orderId).orElseThrow();
            assertThat(view.status()).as("order %s", orderId).isEqualTo(OrderStatus.VALIDATING);
            assertThat(view.nextStep().kind()).as("order %s", orderId).isEqualTo(NextStep.Kind.WAIT);
            assertThat(timelineEntries(orderId, "Sectigo is validating the order%")).as("order %s", orderId).isOne();
            assertThat(timelineEntries(orderId, "Sectigo is validating the brand%")).as("order %s", orderId).isOne();
            assertThat(timelineEntries(orderId, "Placed with Sectigo%")).as("order %s", orderId).isOne();
        }
    }

    @Test
    void shouldApplyBothWhenTwoEventsChangeOneOrderAtOnce() throws Exception {
        for (int i = 0; i < ORDERS; i++) {
            UUID orderId = newOrder();
            String number = String.valueOf(NUMBERS.incrementAndGet());
            progress.onPlaced(placed(orderId, number));
            CertificateStatusChanged validating = pushed(number, orderId, CertificateStatus.VALIDATING);

            together(() -> progress.onStatusChanged(validating), () -> progress.onStored(stored(orderId, number)));

            assertThat(queries.find(Callers.OPERATOR, orderId).orElseThrow().status()).isEqualTo(OrderStatus.ISSUED);
            assertThat(rows("order_timeline WHERE order_id = '" + orderId + "'")).isEqualTo(4);
        }
    }

    /** Runs all at once, each on a consumer thread of its own; fails if any throws (e.g. a version conflict). */
    private void together(Runnable... handlers) throws Exception {
        CyclicBarrier start = new CyclicBarrier(handlers.length);
        CompletableFuture.allOf(Arrays.stream(handlers)
                .map(handler -> CompletableFuture.runAsync(() -> await(start, handler), consumers))
                .toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
    }

    private static OrderPlaced placed(UUID orderId, String number) {
        return OrderPlaced.of("sectigo-gateway", orderId, number, "77", null, null, null, List.of(CNAME), null);
    }

    private static CertificateStatusChanged pushed(String number, UUID orderId, CertificateStatus status) {
        return CertificateStatusChanged.of("webhook-receiver", number, "77", orderId, status, null, null, null,
                StatusOrigin.PUSH);
    }

    private long timelineEntries(UUID orderId, String descriptionLike) {
        return rows("order_timeline WHERE order_id = '" + orderId + "' AND description LIKE '" + descriptionLike + "'");
    }

    private static void await(CyclicBarrier start, Runnable work) {
        try {
            start.await(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        work.run();
    }

    private UUID newOrder() {
        return ((SubmissionOutcome.Accepted) submissions.submit(Callers.ACME, Orders.dv().build(), null)).orderId();
    }

    private static CertificateStored stored(UUID orderId, String number) {
        Instant now = Instant.now();
        return CertificateStored.of("cert-store", orderId, UUID.randomUUID(), number, "0a1b", "CN=" + Orders.DOMAIN,
                "CN=Sandbox Intermediate", List.of(Orders.DOMAIN), now, now.plus(Duration.ofDays(365)), "ff00",
                "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n", List.of());
    }
}
