package io.certflow.e2e;

import io.certflow.e2e.support.DevstackProcess;
import io.certflow.e2e.support.Intake;
import io.certflow.e2e.support.Mailbox.MailKind;
import io.certflow.e2e.support.Orders;
import io.certflow.e2e.support.Sandbox;
import io.certflow.testkit.process.ProcessIdentity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.certflow.e2e.support.Scenario.END_STATE;
import static io.certflow.e2e.support.Scenario.accepted;
import static io.certflow.e2e.support.Scenario.awaitQuiet;
import static io.certflow.e2e.support.Scenario.awaitStatus;
import static io.certflow.e2e.support.Scenario.parameter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 15: devstack killed with kill -9 while orders are in flight, then started again as a person
 * would, on the same ports and state. The orders are held at the gateway by a Sectigo outage (the
 * sandbox answers 503) so that they are surely in flight at the kill: the sandbox keeps its orders in
 * memory, so an order placed with the first sandbox could not be finished by the second.
 */
class CrashRecoveryScenarioTest {

    private static final int ORDERS = 6;

    @TempDir
    Path workDir;

    @Test
    void shouldIssueOrdersInFlightAndLeaveNothingOfFirstRunWhenDevstackIsKilledAndStartedAgain() {
        int offset = DevstackProcess.freePortOffset();
        DevstackProcess first = DevstackProcess.start(workDir, offset, "first").awaitUp();
        DevstackProcess second = null;
        try {
            Sandbox outage = first.sandbox();
            outage.faults(Map.of("http5xxRate", 1.0));
            List<Orders> orders = new ArrayList<>();
            List<String> orderIds = new ArrayList<>();
            for (int i = 0; i < ORDERS; i++) {
                orders.add(Orders.dv());
                orderIds.add(accepted(first.intake().submit(orders.get(i).json())));
            }
            await().atMost(END_STATE).until(() -> orderIds.stream().allMatch(id -> refusedCallFor(outage, id)));
            List<ProcessIdentity> firstRun = first.processes();

            first.kill();
            second = DevstackProcess.start(workDir, offset, "second").awaitUp();

            assertThat(firstRun).as("processes of the killed run").hasSizeGreaterThan(8)
                    .allSatisfy(process -> assertThat(process.running()).as(process.toString()).isEmpty());
            assertThat(second.output()).contains("http://localhost:" + first.port(8081),
                    "jdbc:postgresql://localhost:" + first.port(5432) + "/");
            Intake intake = second.intake();
            Sandbox sandbox = second.sandbox();
            for (int i = 0; i < ORDERS; i++) {
                String orderId = orderIds.get(i);
                String customer = orders.get(i).customerEmail();
                awaitStatus(intake, orderId, "ISSUED");
                DevstackProcess restarted = second;
                await().atMost(END_STATE).until(() -> issuedMails(restarted, customer) == 1);
                awaitQuiet(Duration.ofSeconds(1), () -> sandbox.ordersFor(orderId).size() == 1
                        && issuedMails(restarted, customer) == 1);
            }
        } finally {
            stopAndCheckNothingRemains(second);
            stopAndCheckNothingRemains(first);
        }
    }

    private static boolean refusedCallFor(Sandbox sandbox, String orderId) {
        return sandbox.calls().stream().anyMatch(call -> "HTTP_ERROR".equals(call.get("outcome"))
                && parameter(call, "foreignOrderNumber").equals(orderId));
    }

    private static long issuedMails(DevstackProcess devstack, String customer) {
        return devstack.subjectsTo(customer).stream().filter(MailKind.ISSUED::matches).count();
    }

    /** SIGTERM (as Ctrl-C): devstack and everything it started are gone afterwards. */
    private static void stopAndCheckNothingRemains(DevstackProcess devstack) {
        if (devstack == null || !devstack.isAlive()) {
            return;
        }
        List<ProcessIdentity> processes = devstack.processes();
        assertThat(devstack.stop(Duration.ofSeconds(30))).as("devstack stopped").isTrue();
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(processes.stream()
                .map(ProcessIdentity::running).flatMap(Optional::stream).toList()).isEmpty());
    }
}
