package io.certflow.certstore.expiry;

import io.micronaut.core.annotation.Nullable;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * What one scan does for one certificate. A threshold is reached when at most that many days are
 * left. Of the reached thresholds not yet recorded, only the smallest is notified, and only if it
 * is smaller than every threshold notified or passed over before; all of them are recorded. So a
 * certificate first seen with 5 days left gets the 7-day reminder only, never 30, 14 and 7 at once.
 *
 * @param reached  thresholds to record now, smallest first; empty when there is nothing to do
 * @param reminder the one of them to send a reminder for, if any
 * @param daysLeft whole days from the scan to notAfter
 */
record ExpiryPlan(List<Integer> reached, @Nullable Integer reminder, int daysLeft) {

    private static final ExpiryPlan NOTHING = new ExpiryPlan(List.of(), null, 0);

    static ExpiryPlan of(Instant notAfter, Instant now, Collection<Integer> thresholds, Collection<Integer> recorded) {
        if (!notAfter.isAfter(now)) {
            return NOTHING;
        }
        Duration left = Duration.between(now, notAfter);
        List<Integer> reached = thresholds.stream().filter(days -> !recorded.contains(days))
                .filter(days -> left.compareTo(Duration.ofDays(days)) <= 0).sorted().toList();
        if (reached.isEmpty()) {
            return NOTHING;
        }
        int smallest = reached.get(0);
        boolean smallerThanBefore = recorded.stream().allMatch(days -> days > smallest);
        return new ExpiryPlan(reached, smallerThanBefore ? smallest : null, (int) left.toDays());
    }

    boolean notifies(int threshold) {
        return Objects.equals(reminder, threshold);
    }
}
