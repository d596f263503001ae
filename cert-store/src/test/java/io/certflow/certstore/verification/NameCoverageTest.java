package io.certflow.certstore.verification;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NameCoverageTest {

    @Test
    void shouldCoverWhenNamesMatchIgnoringCaseAndTrailingDot() {
        assertThat(NameCoverage.uncovered(List.of("Shop.Example.com", "www.shop.example.com."),
                List.of("shop.example.com", "WWW.shop.example.com"))).isEmpty();
    }

    @Test
    void shouldCoverExactlyOneLabelWhenCertificateHasWildcard() {
        assertThat(NameCoverage.covers("*.example.com", "www.example.com")).isTrue();
        assertThat(NameCoverage.covers("*.example.com", "example.com")).isFalse();
        assertThat(NameCoverage.covers("*.example.com", "a.b.example.com")).isFalse();
        assertThat(NameCoverage.covers("*.example.com", "wwwexample.com")).isFalse();
    }

    @Test
    void shouldRequireSameWildcardWhenWildcardIsOrdered() {
        assertThat(NameCoverage.uncovered(List.of("*.example.com"), List.of("*.example.com"))).isEmpty();
        assertThat(NameCoverage.uncovered(List.of("*.example.com"), List.of("www.example.com")))
                .containsExactly("*.example.com");
    }

    @Test
    void shouldListEveryMissingNameWhenSomeAreNotCovered() {
        assertThat(NameCoverage.uncovered(List.of("a.example.com", "b.example.com", "c.example.org"),
                List.of("a.example.com"))).containsExactly("b.example.com", "c.example.org");
    }

    @Test
    void shouldCoverMailboxesWholeIgnoringCaseWhenOrderIsSmime() {
        assertThat(NameCoverage.uncoveredMailboxes(List.of("Jane@Example.org", "j.doe@example.org"),
                List.of("jane@example.org", "J.Doe@example.org"))).isEmpty();
        assertThat(NameCoverage.uncoveredMailboxes(List.of("jane@example.org", "ops@example.org"),
                List.of("jane@example.org", "*@example.org", "ops@example.org.evil.test")))
                .containsExactly("ops@example.org");
    }

    @Test
    void shouldRequireEveryDomainNameWhenMultiDomainOrderHasWildcardEntries() {
        List<String> ordered = List.of("example.com", "*.example.com", "shop.example.org");

        assertThat(NameCoverage.uncovered(ordered, List.of("example.com", "*.example.com", "shop.example.org")))
                .isEmpty();
        assertThat(NameCoverage.uncovered(ordered, List.of("*.example.com", "*.example.org")))
                .containsExactly("example.com");
        assertThat(NameCoverage.uncovered(ordered, List.of("example.com", "www.example.com", "shop.example.org")))
                .containsExactly("*.example.com");
    }
}
