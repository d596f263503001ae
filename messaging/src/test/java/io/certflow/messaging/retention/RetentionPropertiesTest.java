package io.certflow.messaging.retention;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RetentionPropertiesTest {

    @Test
    void shouldUseTheDocumentedDefaultsWhenNothingIsSet() {
        try (ApplicationContext context = ApplicationContext.run(Map.of("certflow.outbox.enabled", "false"))) {
            RetentionProperties properties = context.getBean(RetentionProperties.class);

            assertThat(properties.personalData()).isEqualTo(Duration.ofDays(90));
            assertThat(properties.outbox()).isEqualTo(Duration.ofDays(7));
            assertThat(properties.inbox()).isEqualTo(Duration.ofDays(30));
            assertThat(properties.interval()).isEqualTo(Duration.ofHours(1));
            assertThat(properties.initialDelay()).isEqualTo(Duration.ofMinutes(1));
            assertThat(properties.batchSize()).isEqualTo(1000);
        }
    }

    @Test
    void shouldBindIsoAndShortDurationsWhenTheyAreSet() {
        try (ApplicationContext context = ApplicationContext.run(Map.of("certflow.outbox.enabled", "false",
                "certflow.retention.personal-data", "P30D", "certflow.retention.outbox", "2d",
                "certflow.retention.inbox", "P60D", "certflow.retention.interval", "10m",
                "certflow.retention.batch-size", "50"))) {
            RetentionProperties properties = context.getBean(RetentionProperties.class);

            assertThat(properties.personalData()).isEqualTo(Duration.ofDays(30));
            assertThat(properties.outbox()).isEqualTo(Duration.ofDays(2));
            assertThat(properties.inbox()).isEqualTo(Duration.ofDays(60));
            assertThat(properties.interval()).isEqualTo(Duration.ofMinutes(10));
            assertThat(properties.batchSize()).isEqualTo(50);
        }
    }

    @Test
    void shouldRefuseAZeroRetentionWhenItIsSet() {
        assertThatThrownBy(() -> new RetentionProperties(Duration.ZERO, Duration.ofDays(7), Duration.ofDays(30),
                Duration.ofHours(1), Duration.ofMinutes(1), 1000))
                .hasMessageContaining("certflow.retention.personal-data");
    }
}
