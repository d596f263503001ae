package io.certflow.intake.limits;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LimitsPropertiesTest {

    @Test
    void shouldRefuseToStartWhenNestingDepthCannotHoldAnOrder() {
        assertThatThrownBy(() -> new LimitsProperties(4)).hasMessageContaining("JSON_MAX_NESTING_DEPTH");
    }

    @Test
    void shouldAcceptNestingDepthWhenItHoldsAnOrder() {
        assertThat(new LimitsProperties(LimitsProperties.SMALLEST_NESTING_DEPTH).maxNestingDepth()).isEqualTo(8);
    }
}
