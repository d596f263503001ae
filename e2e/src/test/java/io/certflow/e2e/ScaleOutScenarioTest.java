package io.certflow.e2e;

import io.certflow.devstack.App;
import io.certflow.devstack.Stack;
import io.certflow.devstack.StackSettings;
import io.certflow.e2e.support.Intake;
import io.certflow.e2e.support.Mailbox;
import io.certflow.e2e.support.Orders;
import io.certflow.e2e.support.Sandbox;
import io.certflow.e2e.support.StackClients;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.certflow.e2e.support.Mailbox.MailKind.ISSUED;
import static io.certflow.e2e.support.Mailbox.MailKind.PLACED;
import static io.certflow.e2e.support.Scenario.END_STATE;
import static io.certflow.e2e.support.Scenario.accepted;
import static io.certflow.e2e.support.Scenario.awaitQuiet;
import static io.certflow.e2e.support.Scenario.awaitStatus;
import static io.certflow.e2e.support.Scenario.parameter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 9: two instances of every service (one sandbox, as there is one Sectigo) against one Kafka
 * and one PostgreSQL. A burst of orders, half through each order-intake, is placed once each, mailed
 * once per step, and the two gateways together stay within the account's call limit: the sandbox allows
 * each gateway's {@code SECTIGO_CALLS_PER_SECOND} on average over a window of {@value #WINDOW_SECONDS} s,
 * so only a budget the pair shares keeps Sectigo from answering -42 (two budgets of their own would
 * send twice that). The window is a few seconds rather than one because on a loaded 2-core machine
 * with eleven JVMs a call granted on time can reach the sandbox a few hundred milliseconds late, and a
 * 1 s window would count that jitter, not the budget; a warm-up first sends a few orders through each
 * instance, so that no cold HTTP client or JIT holds back calls and then lets them go at once.
 */
class ScaleOutScenarioTest {

    private static final int CALLS_PER_SECOND = 4;
    private static final int WINDOW_SECONDS = 5;
    private static final int WARM_UP_ORDERS = 4;
    private static final int ORDERS = 24;
    private static Stack stack;

    @BeforeAll
    static void startTwoInstancesOfEveryService() {
        StackSettings settings = StackSettings.ephemeral();
        for (App service : App.services()) {
            settings = settings.withInstances(service, 2);
        }
        stack = Stack.start(settings
                .withAppEnvironment(App.SECTIGO_GATEWAY, Map.of("SECTIGO_CALLS_PER_SECOND",
                        String.valueOf(CALLS_PER_SECOND)))
                .withAppEnvironment(App.SECTIGO_SANDBOX, Map.of("SANDBOX_CALL_LIMIT",
                        String.valueOf(CALLS_PER_SECOND * WINDOW_SECONDS), "SANDBOX_CALL_LIMIT_WINDOW",
                        WINDOW_SECONDS + "s")));
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void shouldPlaceEachOrderOnceMailEachStepOnceAndShareCallBudgetWhenEveryServiceRunsTwice() {
        StackClients clients = new StackClients(stack);
        List<Intake> intakes = clients.intakes();
        Sandbox sandbox = clients.sandbox();
        Mailbox mailbox = clients.mailbox();
        assertThat(intakes).hasSize(2);
        List<String> orderIds = new ArrayList<>();
        List<String> customers = new ArrayList<>();
        warmUp(intakes);

        for (int i = 0; i < ORDERS; i++) {
            Orders order = Orders.dv();
            customers.add(order.customerEmail());
            orderIds.add(accepted(intakes.get(i % 2).submit(order.json())));
        }

        for (int i = 0; i < ORDERS; i++) {
            // Asked of the other instance than the one that took it: both serve the same orders.
            awaitStatus(intakes.get((i + 1) % 2), orderIds.get(i), "ISSUED");
        }
        await().atMost(END_STATE).until(() -> customers.stream().allMatch(customer ->
                mailbox.to(customer, ISSUED).size() == 1));
        awaitQuiet(() -> orderIds.stream().allMatch(orderId -> sandbox.ordersFor(orderId).size() == 1)
                && customers.stream().allMatch(customer -> mailbox.to(customer).size() == 2
                && mailbox.to(customer, PLACED).size() == 1 && mailbox.to(customer, ISSUED).size() == 1));
        List<String> overLimit = sandbox.calls().stream()
                .filter(call -> "-42".equals(String.valueOf(call.get("errorCode"))))
                .map(call -> call.get("at") + " " + call.get("endpoint") + " " + parameter(call, "foreignOrderNumber"))
                .toList();
        assertThat(overLimit).as("calls Sectigo answered with -42 (call limit %s per %s s) of %s calls",
                CALLS_PER_SECOND * WINDOW_SECONDS, WINDOW_SECONDS, sandbox.calls().size()).isEmpty();
    }

    private static void warmUp(List<Intake> intakes) {
        List<String> warmUp = new ArrayList<>();
        for (int i = 0; i < WARM_UP_ORDERS; i++) {
            warmUp.add(accepted(intakes.get(i % 2).submit(Orders.dv().json())));
        }
        for (int i = 0; i < WARM_UP_ORDERS; i++) {
            awaitStatus(intakes.get(i % 2), warmUp.get(i), "ISSUED");
        }
    }
}
