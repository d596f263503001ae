package io.certflow.gateway.workqueue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * Fills free call slots lane by lane ({@link Lane} order), each kind up to its own concurrency. Pure
 * apart from the kinds' claims, so the ordering is tested without a database.
 */
final class ClaimRound {

    /** Claims one lane's rows; in production the kind itself, inside the round's transaction. */
    @FunctionalInterface
    interface LaneClaim {
        List<ClaimedWork> claim(WorkKind kind, Lane lane, int limit);
    }

    private ClaimRound() {
    }

    /**
     * @param kinds     every kind of work
     * @param freeSlots calls this dispatcher may still start
     * @param running   attempts of a kind this dispatcher is running now
     */
    static List<ClaimedWork> fill(List<WorkKind> kinds, int freeSlots, ToIntFunction<WorkKind> running,
                                  LaneClaim claims) {
        List<ClaimedWork> claimed = new ArrayList<>();
        Map<WorkKind, Integer> taken = new HashMap<>();
        for (Lane lane : Lane.values()) {
            for (WorkKind kind : kinds) {
                int room = Math.min(freeSlots - claimed.size(), roomOf(kind, running, taken));
                if (room <= 0 || !kind.lanes().contains(lane)) {
                    continue;
                }
                List<ClaimedWork> got = claims.claim(kind, lane, room);
                claimed.addAll(got.subList(0, Math.min(room, got.size())));
                taken.merge(kind, Math.min(room, got.size()), Integer::sum);
            }
        }
        return claimed;
    }

    private static int roomOf(WorkKind kind, ToIntFunction<WorkKind> running, Map<WorkKind, Integer> taken) {
        long room = (long) kind.concurrency() - running.applyAsInt(kind) - taken.getOrDefault(kind, 0);
        return (int) Math.max(0, Math.min(Integer.MAX_VALUE, room));
    }
}
