package io.certflow.testkit;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ControllerPolicyTest {

    private static final String FIXTURES = "io.certflow.testkit.fixtures.controllers.";

    @Test
    void shouldNameTheControllerWhenItHasNoExecutor() {
        assertThatThrownBy(() -> ControllerPolicy.assertExecutorNamed(FIXTURES + "bad"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(FIXTURES + "bad.EventLoopController");
    }

    @Test
    void shouldPassWhenEveryControllerNamesItsExecutor() {
        assertThatCode(() -> ControllerPolicy.assertExecutorNamed(FIXTURES + "good")).doesNotThrowAnyException();
    }

    @Test
    void shouldFailWhenPackageHoldsNoClasses() {
        assertThatThrownBy(() -> ControllerPolicy.assertExecutorNamed("io.certflow.nosuchmodule"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("io.certflow.nosuchmodule");
    }
}
