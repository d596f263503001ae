package io.certflow.devstack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InstancesTest {

    @Test
    void shouldRunNamedServicesThatOftenAndTheOthersOnceWhenListIsValid() {
        Map<App, Integer> counts = Instances.parse(" sectigo-gateway=2, cert-store = 3 ");

        assertThat(counts).containsEntry(App.SECTIGO_GATEWAY, 2).containsEntry(App.CERT_STORE, 3)
                .containsEntry(App.ORDER_INTAKE, 1).containsEntry(App.WEBHOOK_RECEIVER, 1)
                .containsEntry(App.NOTIFIER, 1).doesNotContainKey(App.SECTIGO_SANDBOX);
    }

    @Test
    void shouldRunEveryServiceOnceWhenUnset() {
        assertThat(Instances.parse(null)).hasSize(5).allSatisfy((app, count) -> assertThat(count).isEqualTo(1));
        assertThat(Instances.parse(" ")).hasSize(5);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "sectigo-sandbox=2|'sectigo-sandbox=2': services are order-intake, sectigo-gateway, webhook-receiver, "
                    + "cert-store, notifier (the sandbox stays single)",
            "gateway=2|'gateway=2': services are",
            "cert-store=0|'cert-store=0': the count must be a whole number from 1 to 9",
            "cert-store=10|'cert-store=10': the count must be",
            "cert-store=two|'cert-store=two': the count must be",
            "cert-store|'cert-store': expected <service>=<count>",
            "cert-store=2,,notifier=2|'': expected <service>=<count>",
            "notifier=2,notifier=3|'notifier=3': notifier is named twice"})
    void shouldNameTheBadEntryWhenListIsInvalid(String value, String message) {
        assertThatThrownBy(() -> Instances.parse(value)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("DEVSTACK_INSTANCES: bad entry ").hasMessageContaining(message);
    }
}
