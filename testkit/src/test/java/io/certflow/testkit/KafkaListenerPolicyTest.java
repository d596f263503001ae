package io.certflow.testkit;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class KafkaListenerPolicyTest {

    private static final String FIXTURES = "io.certflow.testkit.fixtures.listeners.";

    @Test
    void shouldNameEveryOffenderAndAttributeWhenListenersKeepDefaults() {
        assertThatThrownBy(() -> KafkaListenerPolicy.assertNoDefaultStrategies(FIXTURES + "bad"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(FIXTURES + "bad.DefaultsListener: errorStrategy is not set (defaults to NONE)")
                .hasMessageContaining(FIXTURES + "bad.DefaultsListener: offsetStrategy is not set (defaults to AUTO)")
                .hasMessageContaining(FIXTURES + "bad.ExplicitlyUnsafeListener: errorStrategy = NONE")
                .hasMessageContaining(FIXTURES + "bad.ExplicitlyUnsafeListener: offsetStrategy = AUTO")
                .hasMessageContaining(FIXTURES + "bad.MetaAnnotatedListener: errorStrategy is not set (defaults to NONE)")
                .hasMessageNotContaining(FIXTURES + "bad.MetaAnnotatedListener: offsetStrategy")
                .hasMessageNotContaining("good.");
    }

    @Test
    void shouldPassWhenListenersSetSafeStrategies() {
        assertThatCode(() -> KafkaListenerPolicy.assertNoDefaultStrategies(FIXTURES + "good"))
                .doesNotThrowAnyException();
    }

    @Test
    void shouldFailWhenPackageHoldsNoClasses() {
        assertThatThrownBy(() -> KafkaListenerPolicy.assertNoDefaultStrategies("io.certflow.nosuchmodule"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("io.certflow.nosuchmodule");
    }
}
