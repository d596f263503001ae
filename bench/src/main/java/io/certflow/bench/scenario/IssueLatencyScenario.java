package io.certflow.bench.scenario;

import io.certflow.bench.load.Sandbox;
import io.certflow.bench.load.TopicWatch;
import io.certflow.bench.report.Figures;
import io.certflow.bench.report.Percentiles;
import io.certflow.bench.report.ScenarioResult;
import io.certflow.bench.report.Target;
import io.certflow.events.Topics;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * a. Orders offered to {@code POST /orders} at a fixed rate with the sandbox validating at once;
 * latency from each order's intended send time to its {@code certificate.stored} record (cert-store
 * publishes it when the certificate is verified and stored: the moment the order becomes ISSUED),
 * and to its {@code order.placed}. Watching the topics adds no load to the services.
 */
public final class IssueLatencyScenario implements Scenario {

    static final String SANDBOX_AT_ONCE = "{\"autoValidate\":true,\"validationDelayMs\":0}";
    static final String NO_LATENCY = "{\"latencyMs\":0}";

    private final BenchContext context;

    public IssueLatencyScenario(BenchContext context) {
        this.context = context;
    }

    @Override
    public String id() {
        return "a";
    }

    @Override
    public String title() {
        return "accepted -> ISSUED at " + context.options().text("a-rate") + " orders/s, sandbox validating at once";
    }

    @Override
    public List<Target> targets() {
        return List.of(Target.atMost("issued.p50", 150), Target.atMost("issued.p99", 500),
                Target.atMost("orders.notIssued", 0));
    }

    @Override
    public Figures run(int runIndex, ScenarioResult result) {
        var options = context.options();
        List<String> bodies = context.orders().rest(BenchContext.runTag("a", runIndex), options.integer("a-orders"));
        try (Sandbox.Restore restore = context.sandbox().change(SANDBOX_AT_ONCE, NO_LATENCY);
             TopicWatch watch = TopicWatch.start(options.text("kafka"),
                     List.of(Topics.ORDER_PLACED, Topics.CERTIFICATE_STORED), Set.of())) {
            RestOrders.Offer offer = new RestOrders(context)
                    .offer(bodies, options.number("a-rate"));
            Map<String, Double> intended = offer.intendedMillis();
            long issued = Waits.untilSeen(watch, Topics.CERTIFICATE_STORED, intended.keySet(),
                    options.duration("drain-timeout"));
            Figures figures = new Figures().put("orders.offered", bodies.size())
                    .put("orders.accepted", intended.size()).put("orders.refused", offer.refused())
                    .put("orders.issued", issued).put("orders.notIssued", intended.size() - issued);
            Percentiles.of(since(intended, watch.seen(Topics.CERTIFICATE_STORED))).addTo(figures, "issued");
            Percentiles.of(since(intended, watch.seen(Topics.ORDER_PLACED))).addTo(figures, "placed");
            Percentiles.of(offer.answerMillis()).addTo(figures, "postAnswer");
            return figures;
        }
    }

    /** Milliseconds from each order's intended send time to its record on the topic (orders seen only). */
    static double[] since(Map<String, Double> intended, Map<String, TopicWatch.Seen> seen) {
        return intended.entrySet().stream().filter(e -> seen.containsKey(e.getKey()))
                .mapToDouble(e -> seen.get(e.getKey()).timestampMillis() - e.getValue()).toArray();
    }
}
