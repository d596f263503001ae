package io.certflow.sandbox;

import io.certflow.sandbox.support.SandboxTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.certflow.sandbox.support.SandboxClient.with;
import static org.assertj.core.api.Assertions.assertThat;

/** Parallel callers racing for one foreignOrderNumber: one order, one debit. */
@MicronautTest
class ConcurrencyTest extends SandboxTest {

    @Test
    void shouldPlaceExactlyOneOrderWhenParallelCallsShareAUniqueForeignOrderNumber() throws Exception {
        setAccount("{\"balance\":1000}");
        List<Callable<String>> calls = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            String name = "race" + i + ".example.com";
            calls.add(() -> autoApply(with(dv(name), "foreignOrderNumber", "race-1", "checkFONIsUnique", "Y"))
                    .lines().get(0));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<String> codes = new ArrayList<>();
        try {
            for (Future<String> result : pool.invokeAll(calls)) {
                codes.add(result.get());
            }
        } finally {
            pool.shutdown();
        }

        assertThat(codes).containsOnlyOnce("0").filteredOn(c -> !c.equals("0")).containsOnly("-64");
        assertThat(client.get("/sandbox/accounts/" + LOGIN).body()).contains("\"balance\":965");
        assertThat(client.get("/sandbox/orders?foreignOrderNumber=race-1").body().split("\"orderNumber\"")).hasSize(2);
    }
}
