package io.certflow.messaging.outbox;

import io.certflow.messaging.support.SideEffects;
import io.certflow.messaging.support.TestContext;
import io.certflow.messaging.support.TestEvent;
import io.certflow.messaging.support.TopicReader;
import io.certflow.testkit.Infrastructure;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A relay killed between sending part of a batch and marking it; the context's own relay is off. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RelayCrashTest implements TestPropertyProvider {

    static final String TOPIC = "messaging.test.crash.v1";
    static final String CONSUMER = "crash-test-consumer";
    private static final int EVENTS = 50;
    private static final int SENT_BEFORE_CRASH = 12;

    @Inject
    OutboxFixture fixture;
    @Inject
    SideEffects sideEffects;

    @Override
    public Map<String, String> getProperties() {
        Infrastructure.kafka().createTopics(3, TOPIC);
        return TestContext.properties("messaging_relay_crash",
                "certflow.outbox.enabled", "false",
                "test.listeners", "crash");
    }

    @Test
    void shouldPublishEverythingWhenTheBrokerIsUnreachableAtFirst() {
        String topic = "messaging.test.unreachable.v1";
        Infrastructure.kafka().createTopics(1, topic);
        List<TestEvent> events = fixture.appendInOneTransaction(topic, 5);
        AtomicInteger producersCreated = new AtomicInteger();
        OutboxRelay relay = fixture.relayFacingAnUnreachableBrokerFirst(producersCreated);

        relay.start();
        try {
            await().atMost(Duration.ofSeconds(20)).until(() -> fixture.unsentRows() == 0);
        } finally {
            relay.stop();
        }

        assertThat(producersCreated).as("a new producer after the failed batch").hasValueGreaterThan(1);
        try (TopicReader reader = new TopicReader(topic, 1)) {
            await().atMost(Duration.ofSeconds(20)).until(() -> reader.poll().size() >= events.size());
            assertThat(reader.poll()).map(fixture::read).containsExactlyElementsOf(events);
        }
    }

    @Test
    void shouldLoseNothingAndHaveEachSideEffectOnceWhenTheRelayIsKilledMidBatchAndStartedAgain() {
        List<TestEvent> events = fixture.appendInOneTransaction(TOPIC, EVENTS);
        OutboxRelay crashing = fixture.crashingRelay(SENT_BEFORE_CRASH);

        crashing.start();
        // The crash is an Error ending the relay's thread; Awaitility would report it as this test's.
        await().dontCatchUncaughtExceptions().atMost(Duration.ofSeconds(20)).until(() -> !crashing.isAlive());
        assertThat(fixture.unsentRows()).isEqualTo(EVENTS);

        OutboxRelay restarted = fixture.relay("restarted");
        restarted.start();
        try {
            await().atMost(Duration.ofSeconds(30)).until(() -> fixture.unsentRows() == 0);
        } finally {
            restarted.stop();
        }

        try (TopicReader reader = new TopicReader(TOPIC, 3)) {
            await().atMost(Duration.ofSeconds(20)).until(() -> reader.poll().size() >= EVENTS + SENT_BEFORE_CRASH);
            assertThat(reader.poll()).as("records sent before the crash are published again")
                    .hasSize(EVENTS + SENT_BEFORE_CRASH);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> sideEffects.eventIds(CONSUMER).size() >= EVENTS);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
                .until(() -> sideEffects.eventIds(CONSUMER).size() == EVENTS);
        assertThat(sideEffects.eventIds(CONSUMER))
                .containsExactlyInAnyOrderElementsOf(events.stream().map(e -> e.metadata().eventId()).toList());
    }
}
