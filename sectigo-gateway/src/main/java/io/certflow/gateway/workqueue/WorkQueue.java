package io.certflow.gateway.workqueue;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;

/** Runs this process's dispatcher from application start to shutdown. */
@Singleton
@Requires(property = "certflow.gateway.work-queue.enabled", notEquals = "false")
public class WorkQueue implements ApplicationEventListener<StartupEvent> {

    private final WorkDispatcher dispatcher;

    public WorkQueue(WorkDispatchers dispatchers) {
        this.dispatcher = dispatchers.create("gateway");
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        dispatcher.start();
    }

    @PreDestroy
    public void stop() {
        dispatcher.stop();
    }
}
