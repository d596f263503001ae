package io.certflow.certstore.verification;

import io.certflow.certstore.support.TestCa;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ChainOrderTest {

    private final TestCa ca = TestCa.TRUSTED;

    @Test
    void shouldFollowIssuerLinksWhenDeliveredInAnyOrder() {
        var leaf = ca.leaf("a.example.com", "a.example.com").issue();

        assertThat(ChainOrder.of(leaf, List.of(ca.root(), ca.intermediate())))
                .containsExactly(ca.intermediate(), ca.root());
        assertThat(ChainOrder.of(leaf, List.of(ca.intermediate(), ca.root())))
                .containsExactly(ca.intermediate(), ca.root());
    }

    @Test
    void shouldLeaveOutStraysAndDuplicatesWhenTheyAreNotOnThePath() {
        var leaf = ca.leaf("a.example.com", "a.example.com").issue();

        assertThat(ChainOrder.of(leaf, List.of(TestCa.UNRELATED.intermediate(), ca.root(), ca.intermediate(),
                ca.intermediate(), TestCa.UNRELATED.root()))).containsExactly(ca.intermediate(), ca.root());
    }

    @Test
    void shouldStopWhenIssuerIsMissing() {
        var leaf = ca.leaf("a.example.com", "a.example.com").issue();

        assertThat(ChainOrder.of(leaf, List.of(ca.root()))).isEmpty();
        assertThat(ChainOrder.of(leaf, List.of())).isEmpty();
    }

    @Test
    void shouldNotLinkWhenNameMatchesButSignatureDoesNot() {
        var leaf = ca.leaf("a.example.com", "a.example.com").issue();
        var impostor = TestCa.UNRELATED.leaf("a.example.com", "a.example.com").issue();

        assertThat(ChainOrder.of(impostor, List.of(ca.intermediate()))).isEmpty();
        assertThat(ChainOrder.of(leaf, List.of(ca.intermediate()))).containsExactly(ca.intermediate());
    }
}
