package io.certflow.messaging.outbox;

import io.certflow.messaging.support.TestContext;
import io.certflow.messaging.support.TestEvent;
import io.certflow.messaging.support.TopicReader;
import io.certflow.testkit.Infrastructure;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Two relays on one database, as two processes of one service; the context's own relay is off. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoRelaysOrderTest implements TestPropertyProvider {

    static final String TOPIC = "messaging.test.order.v1";
    static final String WAITING_TOPIC = "messaging.test.lock-wait.v1";

    @Inject
    OutboxFixture fixture;

    @Override
    public Map<String, String> getProperties() {
        Infrastructure.kafka().createTopics(3, TOPIC, WAITING_TOPIC);
        return TestContext.properties("messaging_relay_order", "certflow.outbox.enabled", "false");
    }

    @Test
    void shouldKeepOrderPerKeyWhenTwoRelaysPublishAtOnce() {
        OutboxRelay first = fixture.relay("relay-a");
        OutboxRelay second = fixture.relay("relay-b");
        first.start();
        second.start();
        List<TestEvent> events = new ArrayList<>();
        try {
            for (int transaction = 0; transaction < 40; transaction++) {
                events.addAll(fixture.appendInOneTransaction(TOPIC, 10));
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> fixture.unsentRows() == 0);
        } finally {
            first.stop();
            second.stop();
        }

        try (TopicReader reader = new TopicReader(TOPIC, 3)) {
            await().atMost(Duration.ofSeconds(20)).until(() -> reader.poll().size() >= events.size());
            List<TestEvent> published = reader.poll().stream().map(fixture::read).toList();
            assertThat(seqPerKey(published)).isEqualTo(seqPerKey(events));
        }
    }

    /**
     * The other relay's batch may have read the outbox just before this process committed: the
     * woken relay must wait for that batch and then publish, not leave the row to the fallback poll.
     */
    @Test
    void shouldPublishRightAfterTheOtherRelaysBatchWhenCommitWakesARelayWhileTheLockIsTaken() throws Exception {
        OutboxRelay relay = fixture.relay("relay-waiting", Duration.ofMinutes(1));
        relay.start();
        try {
            await().atMost(Duration.ofSeconds(20)).until(() -> fixture.unsentRows() == 0);
            TestEvent event;
            try (Connection otherRelaysBatch = fixture.holdRelayLock()) {
                event = fixture.appendInOneTransaction(WAITING_TOPIC, 1).get(0);
                await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2))
                        .until(() -> !fixture.isPublished(event));
                otherRelaysBatch.rollback();
            }
            await().atMost(Duration.ofSeconds(5)).until(() -> fixture.isPublished(event));
        } finally {
            relay.stop();
        }
    }

    private static Map<String, List<Integer>> seqPerKey(List<TestEvent> events) {
        Map<String, List<Integer>> perKey = new LinkedHashMap<>();
        events.forEach(event -> perKey.computeIfAbsent(event.key(), k -> new ArrayList<>()).add(event.seq()));
        return perKey;
    }
}
