package io.certflow.gateway.budget;

import io.certflow.gateway.ca.CallMade;
import io.certflow.gateway.sectigo.SectigoClient;
import io.certflow.gateway.sectigo.SectigoProperties;
import io.certflow.gateway.support.GatewayTestContext;
import io.certflow.gateway.support.SandboxCallLog;
import io.certflow.gateway.support.SandboxCallLog.Call;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two gateway instances (each its own {@link CallBudget} and {@link SectigoClient}, so each its own
 * local queue) on one database, calling the sandbox over HTTP from many threads, against the sandbox's
 * account limit counted per fixed 1 s window as Sectigo does.
 */
@MicronautTest(transactional = false)
class SharedCallBudgetTest extends GatewayTestContext {

    private static final Logger LOG = LoggerFactory.getLogger(SharedCallBudgetTest.class);
    private static final int LIMIT = 20;
    /** Below the configured limit: what Sectigo allows when the gateway was told too much. */
    private static final int SANDBOX_LIMIT = 8;

    @Inject
    @Client(id = "sectigo")
    HttpClient http;
    @Inject
    SectigoProperties sectigo;
    @Inject
    ApplicationEventPublisher<CallMade> calls;
    @Inject
    BudgetStore store;
    @Inject
    BudgetProperties budgetSettings;

    private String budget;

    @BeforeEach
    void newBudget() {
        budget = "pair-" + UUID.randomUUID();
    }

    @Override
    protected String database() {
        return "sectigo_gateway_budget";
    }

    @Override
    protected Map<String, String> settings() {
        return Map.of("certflow.gateway.sectigo.calls-per-second", Integer.toString(LIMIT));
    }

    @AfterEach
    void liftTheLimit() {
        SandboxCallLog.limit(0, 1000);
    }

    @Test
    void shouldStayWithinTheAccountLimitAndUseMostOfItWhenTwoGatewaysShareOneBudget() throws Exception {
        String first = budget + "-a";
        String second = budget + "-b";
        Map<String, SectigoClient> pair = Map.of(first, gateway(), second, gateway());
        warmUp(pair);
        SandboxCallLog.limit(LIMIT, 1000);

        try (CallLoad load = CallLoad.of(160, 8, pair)) {
            load.awaitEnd(Duration.ofSeconds(90));
        }

        List<Call> calls = SandboxCallLog.calls(json, call -> marked(call, budget));
        assertThat(calls).hasSize(160);
        double seconds = Duration.between(calls.get(0).at(), calls.get(calls.size() - 1).at()).toNanos() / 1e9;
        double perSecond = (calls.size() - 1) / seconds;
        int busiest = SandboxCallLog.busiestWindow(calls, 1000);
        String measured = String.format("%.1f calls/s, at most %d in 1 s", perSecond, busiest);
        LOG.info("pair of gateways against a limit of {}/s: {}", LIMIT, measured);
        assertThat(calls).as(measured).noneMatch(Call::answeredCallLimit);
        assertThat(busiest).as(measured).isLessThanOrEqualTo(LIMIT);
        assertThat(perSecond).as(measured).isGreaterThanOrEqualTo(0.8 * ceiling(LIMIT));
        assertThat(calls.stream().filter(call -> first.equals(call.parameter("foreignOrderNumber"))).count())
                .as("the first gateway's share").isBetween(40L, 120L);
        assertThat(budgetRow("cuts")).isEqualTo(0L);
    }

    @Test
    void shouldCutTheSharedRateWhenSectigoAnswersCallLimitAndClimbBackWhenItIsLifted() throws Exception {
        SandboxCallLog.limit(SANDBOX_LIMIT, 1000);

        try (CallLoad load = CallLoad.endless(6, Map.of(budget + "-a", gateway(), budget + "-b", gateway()))) {
            await().atMost(Duration.ofSeconds(30)).until(() -> ((Number) budgetRow("cuts")).longValue() >= 1);
            assertThat(((Number) budgetRow("rate")).doubleValue()).isLessThan(ceiling(LIMIT) * 0.75);
            await().atMost(Duration.ofSeconds(30)).until(() -> ((Number) budgetRow("rate")).doubleValue()
                    < SANDBOX_LIMIT);
            long adaptedFrom = lastCallId();
            await().atMost(Duration.ofSeconds(60)).until(() -> SandboxCallLog.calls(json,
                    call -> marked(call, budget) && call.id() > adaptedFrom).size() >= 80);
            List<Call> adapted = SandboxCallLog.calls(json, call -> marked(call, budget) && call.id() > adaptedFrom);
            long limited = adapted.stream().filter(Call::answeredCallLimit).count();
            LOG.info("once adapted to a limit of {}/s: {} of {} calls answered -42", SANDBOX_LIMIT, limited,
                    adapted.size());
            assertThat((double) limited / adapted.size()).as("share of -42 once adapted (%d of %d)", limited,
                    adapted.size()).isLessThanOrEqualTo(0.10);
            assertThat(((Number) budgetRow("call_limit_answers")).longValue()).isGreaterThanOrEqualTo(limited);

            SandboxCallLog.limit(0, 1000);
            await().atMost(Duration.ofSeconds(60)).until(() -> ((Number) budgetRow("rate")).doubleValue()
                    >= ceiling(LIMIT));
        }
    }

    @Test
    void shouldCutOnceWhenCallsThatWereInFlightTogetherAreAllAnsweredCallLimit() {
        CallBudget one = budget(LIMIT);
        CallBudget other = budget(LIMIT);
        Grant first = one.acquire();
        Grant second = other.acquire();
        Grant third = one.acquire();
        Grant fourth = other.acquire();

        Stream.<Runnable>of(() -> one.callLimitAnswered(first), () -> other.callLimitAnswered(second),
                () -> one.callLimitAnswered(third), () -> other.callLimitAnswered(fourth)).parallel()
                .forEach(Runnable::run);

        assertThat(budgetRow("cuts")).isEqualTo(1L);
        assertThat(budgetRow("call_limit_answers")).isEqualTo(4L);
        assertThat(((Number) budgetRow("rate")).doubleValue()).isEqualTo(ceiling(LIMIT) / 2);
        assertThat(budgetRow("last_cut_at")).isNotNull();
    }

    @Test
    void shouldCutAgainWhenACallGrantedAfterTheCutIsAnsweredCallLimit() {
        CallBudget gateway = budget(LIMIT);
        gateway.callLimitAnswered(gateway.acquire());
        await().atMost(Duration.ofSeconds(10)).until(() -> Boolean.TRUE.equals(scalar("SELECT clock_timestamp() > "
                + "last_cut_at + interval '1 second' FROM sectigo_call_budget WHERE name = '" + budget + "'")));

        gateway.callLimitAnswered(gateway.acquire());

        assertThat(budgetRow("cuts")).isEqualTo(2L);
        assertThat(((Number) budgetRow("rate")).doubleValue()).isLessThan(ceiling(LIMIT) / 2);
    }

    @Test
    void shouldTakeTheLimitOfTheLastStartedInstanceWhenInstancesAreConfiguredDifferently() {
        budget(LIMIT);
        budget(10);

        assertThat(budgetRow("calls_per_second")).isEqualTo(10.0);
        assertThat(budgetRow("rate")).isEqualTo(ceiling(10));

        budget(LIMIT);

        assertThat(budgetRow("calls_per_second")).isEqualTo((double) LIMIT);
        assertThat(budgetRow("rate")).as("raised step by step, not at start").isEqualTo(ceiling(10));
    }

    /**
     * Every worker thread opens its HTTP connection, and the sandbox has run the endpoint before: a cold
     * client sends its first calls late and all at once, which is not what this test is about.
     */
    private void warmUp(Map<String, SectigoClient> pair) throws Exception {
        Map<String, SectigoClient> warming = new java.util.HashMap<>();
        pair.forEach((marker, client) -> warming.put("warm-" + marker, client));
        try (CallLoad load = CallLoad.of(48, 8, warming)) {
            load.awaitEnd(Duration.ofSeconds(60));
        }
    }

    /** The highest rate of a budget for {@code limit}: the limit less the headroom. */
    private double ceiling(double limit) {
        return limit * (1 - budgetSettings.headroom());
    }

    /** One gateway instance's budget on this test's row, as it starts. */
    private CallBudget budget(double callsPerSecond) {
        CallBudget started = new CallBudget(store, budgetSettings, budget, callsPerSecond);
        started.configure();
        return started;
    }

    private SectigoClient gateway() {
        return new SectigoClient(http, sectigo, budget(LIMIT), calls);
    }

    private Object budgetRow(String column) {
        return scalar("SELECT " + column + " FROM sectigo_call_budget WHERE name = '" + budget + "'");
    }

    private long lastCallId() {
        return SandboxCallLog.calls(json, call -> true).stream().mapToLong(Call::id).max().orElse(0);
    }

    private static boolean marked(Call call, String marker) {
        String foreignOrderNumber = call.parameter("foreignOrderNumber");
        return "!WebHostReport".equals(call.endpoint()) && foreignOrderNumber != null
                && foreignOrderNumber.startsWith(marker);
    }
}
