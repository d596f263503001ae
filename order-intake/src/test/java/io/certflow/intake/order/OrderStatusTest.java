package io.certflow.intake.order;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

class OrderStatusTest {

    @ParameterizedTest
    @EnumSource(value = OrderStatus.class, names = {"FAILED", "REJECTED", "REVOKED"})
    void shouldAllowNoStepWhenStatusIsFinal(OrderStatus status) {
        assertThat(status.isFinal()).isTrue();
        assertThat(OrderStatus.values()).noneMatch(status::canMoveTo);
    }

    @Test
    void shouldNeverMoveBackToRequestedOrPlacedWhenPastThem() {
        assertThat(OrderStatus.VALIDATING.canMoveTo(OrderStatus.PLACED)).isFalse();
        assertThat(OrderStatus.ISSUED.canMoveTo(OrderStatus.VALIDATING)).isFalse();
        assertThat(OrderStatus.REPLACED.canMoveTo(OrderStatus.ISSUED)).isFalse();
        assertThat(OrderStatus.values()).noneMatch(status -> status.canMoveTo(OrderStatus.REQUESTED));
    }

    @Test
    void shouldReachRevokedFromEveryUnfinishedStatusWhenEventsArriveOutOfOrder() {
        assertThat(OrderStatus.values()).filteredOn(status -> !status.isFinal())
                .allMatch(status -> status.canMoveTo(OrderStatus.REVOKED));
    }

    @Test
    void shouldCountOnlyUnplacedAndValidatingAsInProgress() {
        assertThat(OrderStatus.values()).filteredOn(OrderStatus::isInProgress)
                .containsExactly(OrderStatus.REQUESTED, OrderStatus.PLACED, OrderStatus.VALIDATING);
    }
}
