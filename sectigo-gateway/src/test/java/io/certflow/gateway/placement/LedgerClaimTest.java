package io.certflow.gateway.placement;

import io.certflow.events.OrderChannel;
import io.certflow.events.OrderRequested;
import io.certflow.gateway.dcv.DcvFacts;
import io.certflow.gateway.support.OrderFixtures;
import io.certflow.testkit.Infrastructure;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Recording and claiming against the real PostgreSQL, the dispatcher switched off: an order keeps the
 * facts its DCV needs (and one without them is refused); two concurrent claims never share a row,
 * claimed rows stay out of reach while their lease runs, and come back after it.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LedgerClaimTest implements TestPropertyProvider {

    private static final Instant T0 = Instant.parse("2020-01-01T00:00:00Z");

    @Inject
    Ledger ledger;
    @Inject
    PlacementRepository placements;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(Infrastructure.micronautProperties("sectigo_gateway_ledger"));
        properties.put("certflow.gateway.work-queue.enabled", "false");
        properties.put("certflow.gateway.placement.batch-size", "20");
        properties.put("certflow.gateway.placement.lease", "2m");
        return properties;
    }

    @Test
    void shouldKeepTheCsrHashesWhenTheOrderIsRecorded() {
        UUID orderId = UUID.randomUUID();

        ledger.record(OrderFixtures.requested(orderId, OrderFixtures.golden()));

        assertThat(placements.findById(orderId).orElseThrow().dcvFacts()).isEqualTo(
                new DcvFacts(OrderFixtures.GOLDEN_CSR_MD5.toLowerCase(Locale.ROOT),
                        OrderFixtures.GOLDEN_CSR_SHA256.toLowerCase(Locale.ROOT), "shop.example.com"));
    }

    @Test
    void shouldRefuseNamingFactsWhenCsrHashOrderWasRequestedBeforeTheyExisted() {
        UUID orderId = UUID.randomUUID();
        OrderRequested old = OrderRequested.of("order-intake", orderId, null, OrderFixtures.golden(), null);

        assertThatThrownBy(() -> ledger.record(old)).hasMessageContaining("facts");
        assertThat(placements.existsById(orderId)).isFalse();
    }

    @Test
    void shouldHandEachDueRowToOneClaimOnlyWhenTwoWorkersClaimAtOnce() {
        Set<UUID> ours = insertDue(30);

        var first = CompletableFuture.supplyAsync(() -> claim(T0.plusSeconds(1)));
        var second = CompletableFuture.supplyAsync(() -> claim(T0.plusSeconds(1)));
        List<UUID> claimed = new ArrayList<>(ids(first.join(), ours));
        claimed.addAll(ids(second.join(), ours));
        claimed.addAll(ids(claim(T0.plusSeconds(1)), ours));

        assertThat(claimed).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(ours);
        assertThat(ids(claim(T0.plusSeconds(60)), ours)).as("leases still running").isEmpty();
        List<Placement> retaken = claim(T0.plusSeconds(200)).stream()
                .filter(p -> ours.contains(p.orderId())).toList();
        assertThat(retaken).isNotEmpty().allSatisfy(p -> {
            assertThat(p.state()).isEqualTo(PlacementState.IN_FLIGHT);
            assertThat(p.attempts()).isEqualTo(2);
        });
    }

    private List<Placement> claim(Instant now) {
        return ledger.claimDue(OrderChannel.API, 20, now);
    }

    private Set<UUID> insertDue(int count) {
        return IntStream.range(0, count).mapToObj(i -> placements.save(Placement.request(UUID.randomUUID(),
                UUID.randomUUID(), null, OrderFixtures.golden(), T0)).orderId()).collect(Collectors.toSet());
    }

    private static List<UUID> ids(List<Placement> claimed, Set<UUID> ours) {
        return claimed.stream().map(Placement::orderId).filter(ours::contains).toList();
    }
}
