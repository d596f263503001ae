package io.certflow.bench;

import io.certflow.bench.report.Report;
import io.certflow.bench.report.ScenarioResult;
import io.certflow.devstack.App;
import io.certflow.devstack.Stack;
import io.certflow.devstack.StackSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the benchmark suite working: every scenario once, at a tiny size, against a stack on free
 * ports. It asserts that the report is complete and its counts add up, never how fast anything was
 * (timings are for the benchmark itself, on a quiet machine).
 */
class TinyBenchTest {

    private static Stack stack;

    @BeforeAll
    static void startStack() {
        stack = Stack.start(StackSettings.ephemeral());
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void shouldReportEveryScenarioWithCountsThatAddUpWhenRunAtTinySize() throws Exception {
        Path out = Files.createTempDirectory("bench").resolve("results.json");
        BenchOptions options = BenchOptions.parse("--runs", "1", "--out", out.toString(),
                "--intake-url", stack.baseUrl(App.ORDER_INTAKE), "--webhook-url", stack.baseUrl(App.WEBHOOK_RECEIVER),
                "--sandbox-url", stack.baseUrl(App.SECTIGO_SANDBOX), "--kafka", stack.kafka().bootstrapServers(),
                "--tokens", stack.settings().tokensFile().toString(),
                "--push-user", stack.settings().pushUsername(), "--push-password", stack.settings().pushPassword(),
                "--drain-timeout", "PT60S", "--a-rate", "5", "--a-orders", "6", "--b-rates", "2,4", "--b-step", "PT2S",
                "--c-orders", "6", "--c-latency-ms", "50", "--d-rate", "20", "--d-pushes", "20",
                "--e-forks", "0", "--e-iterations", "1", "--e-iteration-ms", "100",
                "--f-services", "webhook-receiver", "--f-idle", "PT1S",
                "--service-ports", "webhook-receiver=" + stack.settings().port(App.WEBHOOK_RECEIVER));

        Report report = Bench.run(options);
        report.writeJson(out);

        Map<String, ScenarioResult> byId = report.scenarios().stream()
                .collect(Collectors.toMap(ScenarioResult::id, Function.identity()));
        assertThat(byId.keySet()).containsExactlyInAnyOrder("a", "b", "c", "d", "e", "f");
        byId.values().forEach(result -> assertThat(result.runs()).as(result.id() + " " + result.notes()).hasSize(1));

        var a = byId.get("a").runs().get(0);
        assertThat(a.get("orders.accepted")).isEqualTo(a.get("orders.offered"));
        assertThat(a.get("orders.issued")).isEqualTo(a.get("orders.accepted"));
        assertThat(a.get("issued.p50")).isPositive().isLessThanOrEqualTo(a.get("issued.max"));

        var b = byId.get("b").runs().get(0);
        assertThat(b.get("orders.notIssued")).isZero();
        assertThat(b.get("throughput.peakCompletion")).isPositive();

        var c = byId.get("c").runs().get(0);
        assertThat(c.get("orders.placed")).isEqualTo(c.get("orders.submitted"));
        assertThat(c.get("orders.lost")).isZero();
        assertThat(c.get("orders.duplicates")).isZero();
        assertThat(c.get("calls.autoApplyOrderAnswered")).isGreaterThanOrEqualTo(c.get("orders.placed"));

        var d = byId.get("d").runs().get(0);
        assertThat(d.get("pushes.sent")).isEqualTo(20);
        assertThat(d.get("pushes.failed")).isZero();
        assertThat(d.get("ack.p99")).isPositive();

        var e = byId.get("e").runs().get(0);
        assertThat(e.get("csr.ratio")).isPositive();
        assertThat(e.get("csr.hostileMaxMillis")).isPositive()
                .isGreaterThanOrEqualTo(e.get("csr.hostile.huge_exponentMillis"))
                .isGreaterThanOrEqualTo(e.get("csr.hostile.many_namesMillis"));
        assertThat(byId.get("e").notes()).contains("hostile CSR HUGE_EXPONENT: UNSUPPORTED_EXPONENT",
                "hostile CSR DEEP_NESTING: NOT_DECODABLE", "hostile CSR NOISE: NOT_DECODABLE");

        var f = byId.get("f").runs().get(0);
        assertThat(f.get("webhook-receiver.startSeconds")).isPositive();
        assertThat(f.get("webhook-receiver.idleRssMB")).isPositive();

        assertThat(Files.readString(out)).contains("\"summary\"").doesNotContain(stack.settings().pushPassword());
    }
}
