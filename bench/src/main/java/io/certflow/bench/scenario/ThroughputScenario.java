package io.certflow.bench.scenario;

import io.certflow.bench.load.Sandbox;
import io.certflow.bench.load.TopicWatch;
import io.certflow.bench.report.Figures;
import io.certflow.bench.report.ScenarioResult;
import io.certflow.bench.report.Target;
import io.certflow.events.Topics;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;

/**
 * b. Steps the offered rate up (open loop, one step per rate) until the completion rate stops
 * following it. A step follows when, over its second half, orders reached ISSUED
 * ({@code certificate.stored}) at no less than 90 % of the offered rate: a growing backlog shows as
 * a completion rate below it. The figure is the highest rate that followed; the peak completion
 * rate says what the system did carry when it stopped following.
 */
public final class ThroughputScenario implements Scenario {

    private static final double FOLLOWS = 0.9;

    private final BenchContext context;

    public ThroughputScenario(BenchContext context) {
        this.context = context;
    }

    @Override
    public String id() {
        return "b";
    }

    @Override
    public String title() {
        return "highest sustained throughput accepted -> ISSUED (steps of " + context.options().text("b-step") + ")";
    }

    @Override
    public List<Target> targets() {
        return List.of(Target.atLeast("throughput.sustained", 200));
    }

    @Override
    public Figures run(int runIndex, ScenarioResult result) {
        var options = context.options();
        Duration step = options.duration("b-step");
        Figures figures = new Figures();
        double sustained = 0;
        double peak = 0;
        Set<String> accepted = new HashSet<>();
        var orders = new RestOrders(context);
        try (Sandbox.Restore restore = context.sandbox().change(IssueLatencyScenario.SANDBOX_AT_ONCE,
                IssueLatencyScenario.NO_LATENCY);
             TopicWatch watch = TopicWatch.start(options.text("kafka"), List.of(Topics.CERTIFICATE_STORED), Set.of())) {
            for (String rateText : options.list("b-rates")) {
                double rate = Double.parseDouble(rateText);
                List<String> bodies = context.orders().rest(BenchContext.runTag("b", runIndex) + "s" + rateText,
                        (int) Math.max(2, Math.round(rate * step.toMillis() / 1000.0)));
                long start = System.currentTimeMillis();
                RestOrders.Offer offer = orders.offer(bodies, rate);
                long end = System.currentTimeMillis();
                accepted.addAll(offer.intendedMillis().keySet());
                // Records published just before the step ended reach the watch a moment later.
                LockSupport.parkNanos(Duration.ofSeconds(1).toNanos());
                double completed = completionRate(watch.seen(Topics.CERTIFICATE_STORED), accepted,
                        start + (end - start) / 2, end);
                figures.put("step." + rateText + ".completedPerSecond", completed);
                peak = Math.max(peak, completed);
                if (completed < FOLLOWS * rate || offer.refused() > 0) {
                    break;
                }
                sustained = rate;
            }
            long issued = Waits.untilSeen(watch, Topics.CERTIFICATE_STORED, accepted, options.duration("drain-timeout"));
            return figures.put("throughput.sustained", sustained).put("throughput.peakCompletion", peak)
                    .put("orders.accepted", accepted.size()).put("orders.notIssued", accepted.size() - issued);
        }
    }

    private static double completionRate(Map<String, TopicWatch.Seen> stored, Set<String> accepted, long from,
                                         long to) {
        long inWindow = stored.entrySet().stream().filter(e -> accepted.contains(e.getKey()))
                .mapToLong(e -> e.getValue().timestampMillis()).filter(t -> t >= from && t < to).count();
        return inWindow * 1000.0 / Math.max(1, to - from);
    }
}
