package io.certflow.bench.scenario;

import io.certflow.bench.load.Http;
import io.certflow.bench.load.OpenLoop;
import io.certflow.bench.load.TopicWatch;
import io.certflow.bench.report.Figures;
import io.certflow.bench.report.Percentiles;
import io.certflow.bench.report.ScenarioResult;
import io.certflow.bench.report.Target;
import io.certflow.events.Topics;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * d. Sectigo's push sent straight to the webhook receiver at a fixed rate (open loop), alternately
 * GET and POST form, with devstack's push credentials, for orders certflow knows (issued Sectigo
 * orders). Each push is distinct (its {@code statusDesc} names the run and push), so every one is
 * stored, not answered as a duplicate. Every value is letters, digits and {@code -} only, so the form
 * is written as is: no escaping, no form codec in the bench. The answer time counts from the intended send time.
 */
public final class PushAckScenario implements Scenario {

    private static final int KNOWN_ORDERS = 100;

    private final BenchContext context;

    public PushAckScenario(BenchContext context) {
        this.context = context;
    }

    @Override
    public String id() {
        return "d";
    }

    @Override
    public String title() {
        return "push ack at " + context.options().text("d-rate") + "/s (GET and POST form, distinct pushes)";
    }

    @Override
    public List<Target> targets() {
        return List.of(Target.atMost("ack.p99", 25), Target.atMost("pushes.failed", 0));
    }

    @Override
    public Figures run(int runIndex, ScenarioResult result) {
        var options = context.options();
        List<String> orderNumbers = knownOrderNumbers(runIndex);
        String url = options.text("webhook-url") + "/sectigo/push";
        String authorization = "Basic " + Base64.getEncoder().encodeToString((options.text("push-user") + ":"
                + options.text("push-password")).getBytes(StandardCharsets.UTF_8));
        String tag = BenchContext.runTag("d", runIndex);
        ConcurrentLinkedQueue<Double> answers = new ConcurrentLinkedQueue<>();
        AtomicInteger failed = new AtomicInteger();
        List<CompletableFuture<?>> pending = new CopyOnWriteArrayList<>();
        int count = options.integer("d-pushes");
        OpenLoop.run(options.number("d-rate"), count, tick -> {
            String form = "orderNumber=" + orderNumbers.get(tick.index() % orderNumbers.size())
                    + "&status=issued&statusCode=6&statusDesc=bench-" + tag + "-push-" + tick.index();
            HttpRequest.Builder request = tick.index() % 2 == 0
                    ? Http.request(url + "?" + form).GET()
                    : Http.request(url).header("Content-Type",
                    "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form));
            pending.add(context.http().sendAsync(request.header("Authorization", authorization).build())
                    .handle((response, error) -> {
                        answers.add(tick.millisSinceIntended());
                        if (error != null || response.statusCode() != 200) {
                            failed.incrementAndGet();
                        }
                        return null;
                    }));
        });
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).join();
        Figures figures = new Figures().put("pushes.sent", count).put("pushes.failed", failed.get())
                .put("orders.pushedFor", orderNumbers.size());
        Percentiles.of(answers.stream().mapToDouble(Double::doubleValue).toArray()).addTo(figures, "ack");
        return figures;
    }

    /** Issued Sectigo orders that certflow placed; a few are ordered first when the sandbox holds none. */
    private List<String> knownOrderNumbers(int runIndex) {
        List<String> known = issuedOrderNumbers();
        if (known.isEmpty()) {
            orderSome(runIndex);
            known = issuedOrderNumbers();
        }
        if (known.isEmpty()) {
            throw new IllegalStateException("no issued order to push for: the system issued none of the orders sent");
        }
        return known;
    }

    private List<String> issuedOrderNumbers() {
        return context.sandbox().orders().stream()
                .filter(order -> "ISSUED".equals(order.path("status").asText()))
                .filter(order -> !order.path("foreignOrderNumber").asText("").isEmpty())
                .map(order -> order.path("orderNumber").asText()).limit(KNOWN_ORDERS).toList();
    }

    private void orderSome(int runIndex) {
        var options = context.options();
        try (TopicWatch watch = TopicWatch.start(options.text("kafka"), List.of(Topics.CERTIFICATE_STORED), Set.of());
             var restore = context.sandbox().change(IssueLatencyScenario.SANDBOX_AT_ONCE,
                     IssueLatencyScenario.NO_LATENCY)) {
            var offer = new RestOrders(context)
                    .offer(context.orders().rest(BenchContext.runTag("dk", runIndex), 5), 5);
            Waits.untilSeen(watch, Topics.CERTIFICATE_STORED, offer.intendedMillis().keySet(), Duration.ofMinutes(2));
        }
    }
}
