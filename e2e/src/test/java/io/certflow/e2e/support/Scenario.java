package io.certflow.e2e.support;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The waiting and answer-reading every scenario needs. */
public final class Scenario {

    /** Longest wait for an asynchronous outcome (generous: CI shares 2 cores with six JVMs). */
    public static final Duration END_STATE = Duration.ofSeconds(90);
    /** How long "nothing more happens" is watched after the end state. */
    public static final Duration QUIET = Duration.ofSeconds(3);
    private static final Set<String> FINAL = Set.of("FAILED", "REJECTED", "REVOKED");

    private Scenario() {
    }

    /** The {@code orderId} of a {@code 202 Accepted}; fails with the body otherwise. */
    public static String accepted(Http.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(202);
        return (String) reply.map().get("orderId");
    }

    /** Waits until the order has {@code expected}; fails at once when it ends in another final status. */
    public static void awaitStatus(Intake intake, String orderId, String expected) {
        String reached = await().atMost(END_STATE).pollInterval(Duration.ofMillis(250))
                .until(() -> intake.status(orderId), status -> status.equals(expected) || FINAL.contains(status));
        assertThat(reached).as("order %s: %s", orderId, intake.order(orderId)).isEqualTo(expected);
    }

    /** The condition holds now and keeps holding for {@link #QUIET}: nothing late arrives. */
    public static void awaitQuiet(Callable<Boolean> condition) {
        awaitQuiet(QUIET, condition);
    }

    /** The condition holds and keeps holding for {@code during}. */
    public static void awaitQuiet(Duration during, Callable<Boolean> condition) {
        await().during(during).atMost(during.plus(END_STATE)).until(condition);
    }

    public static <T> T single(List<T> items) {
        assertThat(items).hasSize(1);
        return items.get(0);
    }

    /** A Sectigo call's parameter, names compared without case as Sectigo does; "" when absent. */
    @SuppressWarnings("unchecked")
    public static String parameter(Map<String, Object> call, String name) {
        Map<String, Object> parameters = (Map<String, Object>) call.get("parameters");
        return parameters.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name))
                .map(entry -> String.valueOf(entry.getValue())).findFirst().orElse("");
    }
}
