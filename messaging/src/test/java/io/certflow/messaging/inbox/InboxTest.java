package io.certflow.messaging.inbox;

import io.certflow.messaging.support.SideEffects;
import io.certflow.messaging.support.TestContext;
import io.certflow.messaging.support.TestEvent;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.exceptions.IllegalTransactionStateException;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InboxTest implements TestPropertyProvider {

    @Inject
    Inbox inbox;
    @Inject
    OrderLocks locks;
    @Inject
    SideEffects sideEffects;

    private final ExecutorService consumers = Executors.newFixedThreadPool(2);

    @Override
    public Map<String, String> getProperties() {
        return TestContext.properties("messaging_inbox", "certflow.outbox.enabled", "false");
    }

    @AfterAll
    void stopConsumers() {
        consumers.shutdownNow();
    }

    @Test
    void shouldRunTheHandlerOnceWhenTheSameEventIsDeliveredTwice() {
        TestEvent event = TestEvent.of("t", "k", 1);

        boolean first = inbox.handle("twice", event, () -> sideEffects.insert("twice", event));
        boolean second = inbox.handle("twice", event, () -> sideEffects.insert("twice", event));

        assertThat(first).isTrue();
        assertThat(second).isFalse();
        assertThat(sideEffects.eventIds("twice")).containsExactly(event.metadata().eventId());
    }

    @Test
    void shouldRunTheHandlerAgainWhenTheFirstAttemptRolledBack() {
        TestEvent event = TestEvent.of("t", "k", 1);

        assertThatThrownBy(() -> inbox.handle("rollback", event, () -> {
            sideEffects.insert("rollback", event);
            throw new IllegalStateException("handler failed");
        })).isInstanceOf(IllegalStateException.class);
        boolean retried = inbox.handle("rollback", event, () -> sideEffects.insert("rollback", event));

        assertThat(retried).isTrue();
        assertThat(sideEffects.eventIds("rollback")).containsExactly(event.metadata().eventId());
    }

    @Test
    void shouldKeepConsumersApartWhenTwoHandleTheSameEvent() {
        TestEvent event = TestEvent.of("t", "k", 1);

        assertThat(inbox.handle("a", event, () -> sideEffects.insert("a", event))).isTrue();
        assertThat(inbox.handle("b", event, () -> sideEffects.insert("b", event))).isTrue();
    }

    @Test
    void shouldHoldTheSecondHandlerOfAnOrderUntilTheFirstCommitsWhenBothArriveAtOnce() throws Exception {
        UUID order = UUID.randomUUID();
        CountDownLatch firstInside = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(() -> inbox.handle("locked",
                TestEvent.of("t", "k", 1), OrderKey.of("123", order), () -> {
                    firstInside.countDown();
                    awaitLatch(releaseFirst);
                }), consumers);
        assertThat(firstInside.await(10, TimeUnit.SECONDS)).isTrue();

        TestEvent second = TestEvent.of("t", "k", 2);
        CompletableFuture<Boolean> secondByNumber = CompletableFuture.supplyAsync(() -> inbox.handle("locked",
                second, OrderKey.sectigoNumber("123"), () -> sideEffects.insert("locked", second)), consumers);
        TestEvent other = TestEvent.of("t", "k", 3);
        boolean otherOrder = inbox.handle("locked", other, OrderKey.of("456", UUID.randomUUID()),
                () -> sideEffects.insert("locked", other));

        assertThat(otherOrder).isTrue();
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2))
                .until(() -> !secondByNumber.isDone());
        releaseFirst.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(secondByNumber.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(sideEffects.eventIds("locked"))
                .containsExactly(other.metadata().eventId(), second.metadata().eventId());
    }

    @Test
    void shouldRefuseTheOrderLockWhenThereIsNoTransaction() {
        assertThatThrownBy(() -> locks.lockOrder(UUID.randomUUID()))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    private static void awaitLatch(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never released the first handler");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
