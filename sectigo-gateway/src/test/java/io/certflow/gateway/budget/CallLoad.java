package io.certflow.gateway.budget;

import io.certflow.gateway.sectigo.SectigoClient;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Worker threads of several gateways calling Sectigo ({@code !WebHostReport}, which changes nothing)
 * as fast as each gateway's client lets them, until a shared number of calls is spent or the load is
 * closed. Each gateway's calls carry its marker as {@code foreignOrderNumber}, so the sandbox's log
 * tells whose call it was.
 */
final class CallLoad implements AutoCloseable {

    private final ExecutorService threads;
    private final List<Future<?>> workers = new ArrayList<>();
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final AtomicInteger callsLeft;

    private CallLoad(int calls, int threadsPerGateway, Map<String, SectigoClient> gatewaysByMarker) {
        this.callsLeft = new AtomicInteger(calls);
        this.threads = Executors.newFixedThreadPool(threadsPerGateway * gatewaysByMarker.size());
        gatewaysByMarker.forEach((marker, client) -> {
            for (int i = 0; i < threadsPerGateway; i++) {
                workers.add(threads.submit(() -> callUntilDone(marker, client)));
            }
        });
    }

    static CallLoad of(int calls, int threadsPerGateway, Map<String, SectigoClient> gatewaysByMarker) {
        return new CallLoad(calls, threadsPerGateway, gatewaysByMarker);
    }

    static CallLoad endless(int threadsPerGateway, Map<String, SectigoClient> gatewaysByMarker) {
        return new CallLoad(Integer.MAX_VALUE, threadsPerGateway, gatewaysByMarker);
    }

    /** Waits until every worker is done, failing with the first worker's error. */
    void awaitEnd(Duration atMost) throws InterruptedException, ExecutionException, TimeoutException {
        long deadline = System.nanoTime() + atMost.toNanos();
        for (Future<?> worker : workers) {
            worker.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        }
    }

    @Override
    public void close() throws Exception {
        stopped.set(true);
        try {
            awaitEnd(Duration.ofSeconds(30));
        } finally {
            threads.shutdownNow();
        }
    }

    private void callUntilDone(String marker, SectigoClient client) {
        while (!stopped.get() && callsLeft.getAndDecrement() > 0) {
            client.post(UUID.randomUUID(), "!WebHostReport", Map.of("foreignOrderNumber", marker,
                    "responseFormat", "1"));
        }
    }
}
