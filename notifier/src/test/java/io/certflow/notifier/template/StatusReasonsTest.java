package io.certflow.notifier.template;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StatusReasonsTest {

    @Test
    void shouldKeepOnlyTheReasonWhenDescriptionRepeatsTheStatus() {
        assertThat(StatusReasons.reason("PRE-SIGN FAILED: CAA: Not authorized to issue"))
                .isEqualTo("CAA: Not authorized to issue");
        assertThat(StatusReasons.reason("Rejected: Organization could not be verified"))
                .isEqualTo("Organization could not be verified");
        assertThat(StatusReasons.reason("POST-SIGN FAILED")).isEmpty();
        assertThat(StatusReasons.reason("Revoked")).isEmpty();
        assertThat(StatusReasons.reason(null)).isEmpty();
    }

    @Test
    void shouldBlameCaaOnlyWhenDescriptionNamesCaa() {
        assertThat(StatusReasons.blamesCaa("PRE-SIGN FAILED: CAA: Not authorized to issue")).isTrue();
        assertThat(StatusReasons.blamesCaa("PRE-SIGN FAILED: blocklisted domain")).isFalse();
        assertThat(StatusReasons.blamesCaa("PRE-SIGN FAILED: Caracas office closed")).isFalse();
        assertThat(StatusReasons.afterSigning("POST-SIGN FAILED")).isTrue();
    }
}
