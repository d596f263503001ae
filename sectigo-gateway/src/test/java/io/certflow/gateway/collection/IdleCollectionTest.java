package io.certflow.gateway.collection;

import io.certflow.gateway.support.GatewayTestContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

import static org.awaitility.Awaitility.await;

/**
 * The work queue asks every kind at each wake-up; with nothing due, collection must not write. A
 * database of its own holds no collection row, and the fallback poll runs every 100 ms.
 */
@MicronautTest(transactional = false)
class IdleCollectionTest extends GatewayTestContext {

    private static final String LEASE_VERSION = "SELECT xmin::text FROM collection_lease";

    @Override
    protected String database() {
        return "sectigo_gateway_collection_idle";
    }

    @Override
    protected Map<String, String> settings() {
        return Map.of("certflow.gateway.work-queue.poll-interval", "100ms");
    }

    @Test
    void shouldLeaveTheCollectSslLeaseUntouchedWhenNoCollectionIsDue() {
        Object before = scalar(LEASE_VERSION);

        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3))
                .until(() -> Objects.equals(scalar(LEASE_VERSION), before));
    }
}
