package io.certflow.bench.scenario;

import io.certflow.bench.load.OrderBodies;
import io.certflow.bench.load.Sandbox;
import io.certflow.bench.load.TopicWatch;
import io.certflow.bench.report.Figures;
import io.certflow.bench.report.ScenarioResult;
import io.certflow.bench.report.Target;
import io.certflow.events.Topics;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.IntStream;

/**
 * c. A burst of orders submitted at once through {@code certflow.order.submissions.v1}, as an
 * upstream system sends a renewal wave, with the sandbox answering after {@code c-latency-ms} and
 * allowing {@code c-call-limit} calls a second (the gateway must be started with
 * {@code SECTIGO_CALLS_PER_SECOND} set to the same limit). Placement is read from
 * {@code order.placed}; calls, {@code -42} answers and duplicate Sectigo orders from the sandbox.
 */
public final class BurstScenario implements Scenario {

    private static final Duration STALL = Duration.ofMinutes(2);

    private final BenchContext context;

    public BurstScenario(BenchContext context) {
        this.context = context;
    }

    @Override
    public String id() {
        return "c";
    }

    @Override
    public String title() {
        var options = context.options();
        return options.text("c-orders") + "-order burst via Kafka, sandbox " + options.text("c-latency-ms")
                + " ms latency, call limit " + options.text("c-call-limit") + "/s";
    }

    @Override
    public List<Target> targets() {
        return List.of(Target.atLeast("placement.shareOfLimit", 0.9), Target.atMost("calls.minus42Share", 0.01),
                Target.atMost("orders.lost", 0), Target.atMost("orders.duplicates", 0));
    }

    @Override
    public Figures run(int runIndex, ScenarioResult result) {
        var options = context.options();
        int count = options.integer("c-orders");
        int limit = options.integer("c-call-limit");
        String tag = BenchContext.runTag("c", runIndex);
        List<String> submissions = IntStream.range(0, count).parallel()
                .mapToObj(i -> context.orders().submission(tag, i)).toList();
        String settings = "{\"autoValidate\":true,\"validationDelayMs\":0,\"callLimit\":" + limit
                + ",\"callLimitWindowMs\":1000}";
        String faults = "{\"latencyMs\":" + options.integer("c-latency-ms") + "}";
        try (Sandbox.Restore restore = context.sandbox().change(settings, faults);
             TopicWatch watch = TopicWatch.start(options.text("kafka"), List.of(Topics.ORDER_REQUESTED,
                     Topics.ORDER_REJECTED, Topics.ORDER_PLACED, Topics.ORDER_FAILED), Set.of(Topics.ORDER_REQUESTED));
             Submitter submitter = new Submitter(options.text("kafka"))) {
            long burstStart = System.currentTimeMillis();
            for (int i = 0; i < count; i++) {
                submitter.send(OrderBodies.requestId(tag, i), submissions.get(i));
            }
            submitter.flush();
            Drain drain = Drain.await(watch, tag, count, Duration.ofMillis(Math.max(
                    options.duration("drain-timeout").toMillis(), 2_000L * count / Math.max(1, limit))), STALL);
            Figures figures = drain.figures(count, watch.seen(Topics.ORDER_PLACED), burstStart, limit);
            new SandboxEvidence(context.sandbox().calls(), context.sandbox().orders(), burstStart,
                    System.currentTimeMillis()).addTo(figures, drain.orderIds(), limit);
            if (figures.get("orders.lost") > 0) {
                result.addNote("run " + runIndex + ": " + (long) figures.get("orders.lost")
                        + " orders not placed (nor failed or rejected) when the wait ended: lost or still queued");
            }
            if (runIndex == 0) {
                result.addNote("the burst is sent to " + Topics.ORDER_SUBMISSIONS + " (Kafka, key requestId); the gateway"
                        + " must run with SECTIGO_CALLS_PER_SECOND=" + limit);
            }
            return figures;
        }
    }

    /** The burst's orders as the system took them: request id -> order id from {@code order.requested}. */
    record Drain(Map<String, String> orderIds, long rejected, long failed) {

        static Drain await(TopicWatch watch, String tag, int count, Duration timeout, Duration stall) {
            long deadline = System.nanoTime() + timeout.toNanos();
            long lastProgress = System.nanoTime();
            long lastDone = -1;
            while (System.nanoTime() < deadline && System.nanoTime() - lastProgress < stall.toNanos()) {
                Drain now = of(watch, tag);
                long done = now.orderIds.values().stream().filter(watch.seen(Topics.ORDER_PLACED)::containsKey).count()
                        + now.rejected + now.failed;
                if (done >= count) {
                    return now;
                }
                if (done != lastDone) {
                    lastDone = done;
                    lastProgress = System.nanoTime();
                }
                LockSupport.parkNanos(Duration.ofMillis(500).toNanos());
            }
            return of(watch, tag);
        }

        static Drain of(TopicWatch watch, String tag) {
            Map<String, String> ids = RequestedOrders.byRequestId(watch.seen(Topics.ORDER_REQUESTED), tag);
            String prefix = OrderBodies.requestIdPrefix(tag);
            long rejected = watch.seen(Topics.ORDER_REJECTED).keySet().stream().filter(k -> k.startsWith(prefix)).count();
            long failed = ids.values().stream().filter(watch.seen(Topics.ORDER_FAILED)::containsKey).count();
            return new Drain(ids, rejected, failed);
        }

        Figures figures(int submitted, Map<String, TopicWatch.Seen> placedSeen, long burstStart, int limit) {
            long[] placedAt = orderIds.values().stream().filter(placedSeen::containsKey)
                    .mapToLong(id -> placedSeen.get(id).timestampMillis()).sorted().toArray();
            int placed = placedAt.length;
            double seconds = placed == 0 ? Double.NaN : Math.max(1, placedAt[placed - 1] - burstStart) / 1000.0;
            double rate = placed / seconds;
            return new Figures().put("orders.submitted", submitted).put("orders.accepted", orderIds.size())
                    .put("orders.rejected", rejected).put("orders.placed", placed).put("orders.failed", failed)
                    .put("orders.lost", submitted - placed - failed - rejected)
                    .put("placement.seconds", seconds).put("placement.perSecond", rate)
                    .put("placement.shareOfLimit", rate / limit);
        }
    }
}
