package io.certflow.gateway.workqueue;

import io.certflow.gateway.sectigo.SectigoProperties;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Makes dispatchers over every {@link WorkKind}: the process's own ({@link WorkQueue}), and in tests
 * further ones that compete on the same database as another instance would. Refuses a kind whose lease
 * does not outlast two call timeouts (a call chain may be two calls: place, then a lookup).
 */
@Singleton
public class WorkDispatchers {

    private final List<WorkKind> kinds;
    private final WorkClaims claims;
    private final WorkQueueProperties settings;
    private final SectigoProperties sectigo;
    private final Clock clock;
    private final CommitAlarm.Factory alarms;

    WorkDispatchers(List<WorkKind> kinds, WorkClaims claims, WorkQueueProperties settings, SectigoProperties sectigo,
                    Clock clock, CommitAlarm.Factory alarms) {
        for (WorkKind kind : kinds) {
            if (kind.lease().compareTo(sectigo.timeout().multipliedBy(2)) <= 0) {
                throw new IllegalArgumentException("the lease of " + kind.name() + " (" + kind.lease()
                        + ") must exceed twice certflow.gateway.sectigo.timeout (" + sectigo.timeout() + ")");
            }
        }
        this.kinds = kinds;
        this.claims = claims;
        this.settings = settings;
        this.sectigo = sectigo;
        this.clock = clock;
        this.alarms = alarms;
    }

    /** A new dispatcher, not started, with a holder name of its own (e.g. for the collection lease). */
    public WorkDispatcher create(String name) {
        return new WorkDispatcher(name + "-" + UUID.randomUUID().toString().substring(0, 8), kinds, claims, settings,
                sectigo.timeout(), clock, alarms);
    }
}
