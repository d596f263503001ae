package io.certflow.gateway.workqueue;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Lane order without a database: kinds whose claims hand out queued rows. */
class ClaimRoundTest {

    private final QueueKind revocation = new QueueKind("revocation", Integer.MAX_VALUE, Lane.REVOCATION);
    private final QueueKind collection = new QueueKind("collection", 1, Lane.COLLECTION);
    private final QueueKind placement = new QueueKind("placement", Integer.MAX_VALUE, Lane.INTERACTIVE, Lane.BULK);
    private final List<WorkKind> kinds = List.of(placement, collection, revocation);

    @Test
    void shouldServeRevocationsThenInteractiveOrdersBeforeTheBulkBacklogWhenSlotsAreFew() {
        placement.queue(Lane.BULK, 10_000);
        placement.queue(Lane.INTERACTIVE, 2);
        revocation.queue(Lane.REVOCATION, 3);

        List<String> claimed = subjects(ClaimRound.fill(kinds, 4, kind -> 0, QueueKind::take));

        assertThat(claimed).containsExactly("REVOCATION-0", "REVOCATION-1", "REVOCATION-2", "INTERACTIVE-0");
    }

    @Test
    void shouldFillTheRemainingSlotsFromTheBulkLaneWhenTheOthersAreEmpty() {
        placement.queue(Lane.BULK, 10_000);
        placement.queue(Lane.INTERACTIVE, 1);

        List<String> claimed = subjects(ClaimRound.fill(kinds, 3, kind -> 0, QueueKind::take));

        assertThat(claimed).containsExactly("INTERACTIVE-0", "BULK-0", "BULK-1");
        assertThat(placement.asked).containsExactly(Lane.INTERACTIVE, Lane.BULK);
    }

    @Test
    void shouldClaimNoSecondCollectionWhenOneIsRunning() {
        collection.queue(Lane.COLLECTION, 5);
        placement.queue(Lane.BULK, 5);

        List<String> whileRunning = subjects(ClaimRound.fill(kinds, 3,
                kind -> kind == collection ? 1 : 0, QueueKind::take));
        List<String> idle = subjects(ClaimRound.fill(kinds, 3, kind -> 0, QueueKind::take));

        assertThat(whileRunning).containsExactly("BULK-0", "BULK-1", "BULK-2");
        assertThat(idle).containsExactly("COLLECTION-0", "BULK-3", "BULK-4");
    }

    @Test
    void shouldAskNoLaneWhenNoSlotIsFree() {
        revocation.queue(Lane.REVOCATION, 1);

        assertThat(ClaimRound.fill(kinds, 0, kind -> 0, QueueKind::take)).isEmpty();
        assertThat(revocation.asked).isEmpty();
    }

    private static List<String> subjects(List<ClaimedWork> claimed) {
        return claimed.stream().map(ClaimedWork::subject).toList();
    }

    private static final class QueueKind implements WorkKind {

        private final String name;
        private final int concurrency;
        private final List<Lane> lanes;
        private final Map<Lane, Deque<String>> queues = new EnumMap<>(Lane.class);
        private final List<Lane> asked = new ArrayList<>();

        QueueKind(String name, int concurrency, Lane... lanes) {
            this.name = name;
            this.concurrency = concurrency;
            this.lanes = List.of(lanes);
        }

        void queue(Lane lane, int rows) {
            Deque<String> queue = queues.computeIfAbsent(lane, l -> new ArrayDeque<>());
            IntStream.range(0, rows).forEach(i -> queue.add(lane + "-" + i));
        }

        static List<ClaimedWork> take(WorkKind kind, Lane lane, int limit) {
            QueueKind queued = (QueueKind) kind;
            queued.asked.add(lane);
            Deque<String> queue = queued.queues.getOrDefault(lane, new ArrayDeque<>());
            List<ClaimedWork> claimed = new ArrayList<>();
            while (claimed.size() < limit && !queue.isEmpty()) {
                claimed.add(new ClaimedWork(kind, queue.poll(), Instant.MAX, () -> { }));
            }
            return claimed;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public List<Lane> lanes() {
            return lanes;
        }

        @Override
        public int concurrency() {
            return concurrency;
        }

        @Override
        public Duration lease() {
            return Duration.ofMinutes(2);
        }

        @Override
        public List<ClaimedWork> claim(Lane lane, int limit, String holder, Instant now) {
            return take(this, lane, limit);
        }
    }
}
