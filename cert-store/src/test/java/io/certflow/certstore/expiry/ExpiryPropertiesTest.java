package io.certflow.certstore.expiry;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExpiryPropertiesTest {

    @Test
    void shouldKeepThresholdsLargestFirstWithoutDuplicatesWhenGivenInAnyOrder() {
        ExpiryProperties properties = new ExpiryProperties(List.of(7, 30, 1, 14, 7), Duration.ofMinutes(5), null, null);

        assertThat(properties.thresholds()).containsExactly(30, 14, 7, 1);
        assertThat(properties.largestThreshold()).isEqualTo(30);
        assertThat(properties.initialDelay()).isEqualTo(Duration.ofSeconds(10));
        assertThat(properties.enabled()).isTrue();
    }

    @Test
    void shouldDefaultToThirtyFourteenSevenOneHourlyWhenNothingIsSet() {
        ExpiryProperties properties = new ExpiryProperties(null, null, null, null);

        assertThat(properties.thresholds()).containsExactly(30, 14, 7, 1);
        assertThat(properties.scanInterval()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void shouldNameTheSettingWhenThresholdsOrIntervalAreBad() {
        assertThatThrownBy(() -> new ExpiryProperties(List.of(30, 0), null, null, null))
                .hasMessageContaining("EXPIRY_THRESHOLDS_DAYS");
        assertThatThrownBy(() -> new ExpiryProperties(List.of(), null, null, null))
                .hasMessageContaining("EXPIRY_THRESHOLDS_DAYS");
        assertThatThrownBy(() -> new ExpiryProperties(null, Duration.ZERO, null, null))
                .hasMessageContaining("EXPIRY_SCAN_INTERVAL");
        assertThatThrownBy(() -> new ExpiryProperties(null, null, Duration.ofSeconds(-1), null))
                .hasMessageContaining("EXPIRY_INITIAL_DELAY");
    }
}
