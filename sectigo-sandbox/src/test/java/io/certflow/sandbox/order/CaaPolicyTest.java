package io.certflow.sandbox.order;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which names the stand-in CAA check denies. */
class CaaPolicyTest {

    @Test
    void shouldDenyNameWhenItEqualsSuffix() {
        assertThat(CaaPolicy.deniedName(List.of("denied.example"), List.of("denied.example")))
                .contains("denied.example");
    }

    @Test
    void shouldDenyNameWhenItLiesBelowSuffixInAnyCase() {
        assertThat(CaaPolicy.deniedName(List.of("ok.example", "Shop.Denied.Example"), List.of("denied.example")))
                .contains("Shop.Denied.Example");
    }

    @Test
    void shouldDenyWildcardNameWhenItsBaseIsDenied() {
        assertThat(CaaPolicy.deniedName(List.of("*.denied.example"), List.of("denied.example"))).isPresent();
    }

    @Test
    void shouldAllowNameWhenItOnlyEndsWithSameLetters() {
        assertThat(CaaPolicy.deniedName(List.of("notdenied.example"), List.of("denied.example"))).isEmpty();
    }

    @Test
    void shouldAllowEverythingWhenNoSuffixIsConfigured() {
        assertThat(CaaPolicy.deniedName(List.of("denied.example"), List.of())).isEmpty();
        assertThat(CaaPolicy.deniedName(List.of("denied.example"), null)).isEmpty();
    }
}
