package io.certflow.testkit.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LazyTest {

    @Test
    void shouldComputeOnceWhenManyThreadsAskAtOnce() throws Exception {
        AtomicInteger starts = new AtomicInteger();
        CountDownLatch gate = new CountDownLatch(1);
        Lazy<Object> lazy = new Lazy<>(() -> {
            starts.incrementAndGet();
            return new Object();
        });
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<CompletableFuture<Object>> calls = IntStream.range(0, 8)
                    .mapToObj(i -> CompletableFuture.supplyAsync(() -> awaitThenGet(gate, lazy), threads))
                    .toList();
            gate.countDown();

            assertThat(calls.stream().map(CompletableFuture::join).distinct()).hasSize(1);
            assertThat(starts).hasValue(1);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void shouldFailFastWithoutRetryingWhenTheFirstStartFailed() {
        AtomicInteger starts = new AtomicInteger();
        Lazy<Object> lazy = new Lazy<>(() -> {
            starts.incrementAndGet();
            throw new IllegalStateException("broker did not start");
        });

        assertThatThrownBy(lazy::get).hasMessage("broker did not start");
        assertThatThrownBy(lazy::get).hasRootCauseMessage("broker did not start");
        assertThat(starts).hasValue(1);
    }

    private static Object awaitThenGet(CountDownLatch gate, Lazy<Object> lazy) {
        try {
            gate.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return lazy.get();
    }
}
