package io.certflow.messaging.inbox;

import io.certflow.messaging.support.SideEffects;
import io.certflow.messaging.support.TestContext;
import io.certflow.messaging.support.TestEvent;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.exceptions.IllegalTransactionStateException;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.Connection;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdempotentConsumerTest implements TestPropertyProvider {

    @Inject
    IdempotentConsumer guard;
    @Inject
    SideEffects sideEffects;
    @Inject
    TransactionOperations<Connection> transactions;

    @Override
    public Map<String, String> getProperties() {
        return TestContext.properties("messaging_inbox", "certflow.outbox.enabled", "false");
    }

    @Test
    void shouldRunTheSideEffectOnceWhenTheSameEventIsDeliveredTwice() {
        TestEvent event = TestEvent.of("t", "k", 1);

        boolean first = guard.handleOnce("twice", event, () -> sideEffects.insert("twice", event));
        boolean second = guard.handleOnce("twice", event, () -> sideEffects.insert("twice", event));

        assertThat(first).isTrue();
        assertThat(second).isFalse();
        assertThat(sideEffects.eventIds("twice")).containsExactly(event.metadata().eventId());
    }

    @Test
    void shouldRunTheSideEffectAgainWhenTheFirstAttemptRolledBack() {
        TestEvent event = TestEvent.of("t", "k", 1);

        assertThatThrownBy(() -> guard.handleOnce("rollback", event, () -> {
            sideEffects.insert("rollback", event);
            throw new IllegalStateException("side effect failed");
        })).isInstanceOf(IllegalStateException.class);
        boolean retried = guard.handleOnce("rollback", event, () -> sideEffects.insert("rollback", event));

        assertThat(retried).isTrue();
        assertThat(sideEffects.eventIds("rollback")).containsExactly(event.metadata().eventId());
    }

    @Test
    void shouldKeepConsumersApartWhenTwoHandleTheSameEvent() {
        TestEvent event = TestEvent.of("t", "k", 1);

        assertThat(guard.handleOnce("a", event, () -> sideEffects.insert("a", event))).isTrue();
        assertThat(guard.handleOnce("b", event, () -> sideEffects.insert("b", event))).isTrue();
    }

    @Test
    void shouldRefuseFirstDeliveryWhenThereIsNoTransaction() {
        assertThatThrownBy(() -> guard.firstDelivery("none", TestEvent.of("t", "k", 1).metadata().eventId()))
                .isInstanceOf(IllegalTransactionStateException.class);
    }
}
