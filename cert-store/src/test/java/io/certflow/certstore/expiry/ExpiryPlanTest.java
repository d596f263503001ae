package io.certflow.certstore.expiry;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ExpiryPlanTest {

    private static final List<Integer> THRESHOLDS = List.of(30, 14, 7, 1);
    private static final Instant NOT_AFTER = Instant.parse("2027-03-01T12:00:00Z");

    @Test
    void shouldRemindOnlyOfSmallestAndPassOverLargerWhenFirstSeenWithFiveDaysLeft() {
        ExpiryPlan plan = ExpiryPlan.of(NOT_AFTER, before(Duration.ofDays(5)), THRESHOLDS, Set.of());

        assertThat(plan.reached()).containsExactly(7, 14, 30);
        assertThat(plan.reminder()).isEqualTo(7);
        assertThat(plan.daysLeft()).isEqualTo(5);
    }

    @Test
    void shouldRemindOfNextThresholdWhenLargerOnesAreRecorded() {
        ExpiryPlan plan = ExpiryPlan.of(NOT_AFTER, before(Duration.ofDays(13).plusHours(5)), THRESHOLDS, Set.of(30));

        assertThat(plan.reached()).containsExactly(14);
        assertThat(plan.reminder()).isEqualTo(14);
        assertThat(plan.daysLeft()).isEqualTo(13);
    }

    @Test
    void shouldDoNothingWhenNoThresholdIsReachedOrAllAreRecorded() {
        assertThat(ExpiryPlan.of(NOT_AFTER, before(Duration.ofDays(31)), THRESHOLDS, Set.of()).reached()).isEmpty();
        assertThat(ExpiryPlan.of(NOT_AFTER, before(Duration.ofDays(10)), THRESHOLDS, Set.of(30, 14)).reached())
                .isEmpty();
    }

    @Test
    void shouldReachThresholdWhenExactlyThatManyDaysAreLeft() {
        assertThat(ExpiryPlan.of(NOT_AFTER, before(Duration.ofDays(30)), THRESHOLDS, Set.of()).reminder())
                .isEqualTo(30);
    }

    @Test
    void shouldDoNothingWhenCertificateHasExpired() {
        assertThat(ExpiryPlan.of(NOT_AFTER, NOT_AFTER, THRESHOLDS, Set.of()).reached()).isEmpty();
        assertThat(ExpiryPlan.of(NOT_AFTER, NOT_AFTER.plusSeconds(1), THRESHOLDS, Set.of()).reached()).isEmpty();
    }

    @Test
    void shouldRecordWithoutRemindingWhenAddedThresholdIsLargerThanOneAlreadyRecorded() {
        ExpiryPlan plan = ExpiryPlan.of(NOT_AFTER, before(Duration.ofDays(5)), List.of(30, 14, 10, 7, 1),
                Set.of(30, 14, 7));

        assertThat(plan.reached()).containsExactly(10);
        assertThat(plan.reminder()).isNull();
    }

    private static Instant before(Duration left) {
        return NOT_AFTER.minus(left);
    }
}
