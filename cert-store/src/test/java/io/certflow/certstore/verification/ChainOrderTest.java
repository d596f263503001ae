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

    @Test
    void shouldOrderByIssuerLinkageNotPositionWhenThreeTierChainIsShuffled() {
        TestCa deep = TestCa.TRUSTED_DEEP;
        var leaf = deep.leaf("a.example.com", "a.example.com").issue();
        List<java.security.cert.X509Certificate> expected = deep.caCertificates();
        var issuing = expected.get(0);
        var middle = expected.get(1);
        var root = expected.get(2);

        for (var shuffled : List.of(List.of(root, issuing, middle), List.of(middle, root, issuing),
                List.of(root, middle, issuing), List.of(middle, issuing, root))) {
            assertThat(ChainOrder.of(leaf, shuffled)).as("delivered as %s", shuffled).containsExactlyElementsOf(expected);
        }
    }
}
