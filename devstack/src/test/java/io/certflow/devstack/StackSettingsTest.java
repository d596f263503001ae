package io.certflow.devstack;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StackSettingsTest {

    @Test
    void shouldUseDesignPortsAndKeepStateInWorkDirWhenLocal() {
        StackSettings local = StackSettings.local(Path.of("/tmp/checkout"), Map.of());

        assertThat(local.port(App.ORDER_INTAKE)).isEqualTo(8081);
        assertThat(local.port(App.SECTIGO_GATEWAY)).isEqualTo(8082);
        assertThat(local.port(App.WEBHOOK_RECEIVER)).isEqualTo(8083);
        assertThat(local.port(App.CERT_STORE)).isEqualTo(8084);
        assertThat(local.port(App.NOTIFIER)).isEqualTo(8085);
        assertThat(local.port(App.SECTIGO_SANDBOX)).isEqualTo(8090);
        assertThat(local.kafkaPort()).isEqualTo(9092);
        assertThat(local.mailHttpPort()).isEqualTo(8025);
        assertThat(local.postgresPort()).isGreaterThanOrEqualTo(5432);
        assertThat(local.stateDir()).isEqualTo(Path.of("/tmp/checkout/.devstack"));
        assertThat(local.keepsState()).isTrue();
        assertThat(local.usesSandbox()).isTrue();
    }

    @Test
    void shouldSkipSandboxAndHidePasswordWhenSectigoBaseUrlIsSet() {
        StackSettings local = StackSettings.local(Path.of("."), Map.of("SECTIGO_BASE_URL", "https://sectigo.test",
                "SECTIGO_LOGIN_NAME", "reseller", "SECTIGO_LOGIN_PASSWORD", "s3cret-value"));

        assertThat(local.usesSandbox()).isFalse();
        assertThat(local.sectigo().baseUrl()).isEqualTo("https://sectigo.test");
        assertThat(local.toString()).doesNotContain("s3cret-value", local.pushPassword());
    }

    @Test
    void shouldAvoidDefaultPortsAndKeepNothingWhenEphemeral() {
        StackSettings ephemeral = StackSettings.ephemeral();

        for (App app : App.values()) {
            assertThat(ephemeral.port(app)).isNotEqualTo(app.defaultPort());
        }
        assertThat(ephemeral.kafkaPort()).isNotEqualTo(StackSettings.DEFAULT_KAFKA_PORT);
        assertThat(ephemeral.mailHttpPort()).isNotEqualTo(StackSettings.DEFAULT_MAIL_HTTP_PORT);
        assertThat(ephemeral.keepsState()).isFalse();
        assertThat(ephemeral.usesSandbox()).isTrue();
    }

    @Test
    void shouldRunTestsNoSlowerThanLocalRunWhenEphemeral() {
        StackTimings local = StackSettings.local(Path.of("."), Map.of()).timings();
        StackTimings ephemeral = StackSettings.ephemeral().timings();

        assertThat(ephemeral.validationDelay()).isLessThanOrEqualTo(local.validationDelay());
        assertThat(ephemeral.collectionInterval()).isLessThanOrEqualTo(local.collectionInterval());
        assertThat(ephemeral.collectionSslGrace()).isLessThanOrEqualTo(local.collectionSslGrace());
        assertThat(ephemeral.expiryScanInterval()).isLessThanOrEqualTo(local.expiryScanInterval());
        assertThat(local.collectionSslGrace()).isLessThan(Duration.ofMinutes(1));
        assertThat(local.expiryScanInterval()).isLessThan(Duration.ofMinutes(1));
    }

    @Test
    void shouldShiftEveryPortAndPutFurtherInstancesHundredAboveWhenOffsetAndInstancesAreSet() {
        StackSettings shifted = StackSettings.local(Path.of("/tmp/checkout"), Map.of("DEVSTACK_PORT_OFFSET", "20000",
                "DEVSTACK_INSTANCES", "sectigo-gateway=3,order-intake=2"));

        assertThat(shifted.ports(App.SECTIGO_GATEWAY)).containsExactly(28082, 28182, 28282);
        assertThat(shifted.ports(App.ORDER_INTAKE)).containsExactly(28081, 28181);
        assertThat(shifted.ports(App.CERT_STORE)).containsExactly(28084);
        assertThat(shifted.ports(App.SECTIGO_SANDBOX)).containsExactly(28090);
        assertThat(shifted.kafkaPort()).isEqualTo(29092);
        assertThat(shifted.mailHttpPort()).isEqualTo(28025);
        assertThat(shifted.postgresPort()).isGreaterThanOrEqualTo(25432);
        assertThat(shifted.preferredPostgresPort()).isEqualTo(25432);
    }

    @Test
    void shouldTakeStateDirPartitionsAndProfileFromEnvironmentWhenSet() {
        StackSettings local = StackSettings.local(Path.of("/tmp/checkout"), Map.of("DEVSTACK_STATE_DIR", "../elsewhere",
                "DEVSTACK_PARTITIONS", "12", "DEVSTACK_PROFILE", "Performance"));

        assertThat(local.stateDir()).isEqualTo(Path.of("/tmp/elsewhere"));
        assertThat(local.partitions()).isEqualTo(12);
        assertThat(local.profile()).isEqualTo(JvmProfile.PERFORMANCE);
        assertThat(StackSettings.local(Path.of("."), Map.of()).partitions()).isEqualTo(3);
        assertThat(StackSettings.local(Path.of("."), Map.of()).profile()).isEqualTo(JvmProfile.QUICK);
    }

    @Test
    void shouldRunAsInProductionWhenProfileIsPerformance() {
        assertThat(JvmProfile.PERFORMANCE.jvmOptions()).noneMatch(option -> option.startsWith("-XX:TieredStopAtLevel"))
                .contains("-XX:+UseParallelGC", "-Xmx512m");
        assertThat(JvmProfile.QUICK.jvmOptions()).contains("-XX:TieredStopAtLevel=1");
    }

    @Test
    void shouldNameTheVariableWhenASettingIsBad() {
        assertThatThrownBy(() -> StackSettings.local(Path.of("."), Map.of("DEVSTACK_PARTITIONS", "0")))
                .hasMessage("DEVSTACK_PARTITIONS must be a whole number from 1 to 64, not '0'");
        assertThatThrownBy(() -> StackSettings.local(Path.of("."), Map.of("DEVSTACK_PORT_OFFSET", "-1")))
                .hasMessageStartingWith("DEVSTACK_PORT_OFFSET must be a whole number");
        assertThatThrownBy(() -> StackSettings.local(Path.of("."), Map.of("DEVSTACK_PROFILE", "fast")))
                .hasMessage("DEVSTACK_PROFILE must be quick or performance, not 'fast'");
    }

    @Test
    void shouldAddInstancesOnFreePortsWhenEphemeralStackRunsServicesTwice() {
        StackSettings twice = StackSettings.ephemeral().withInstances(App.NOTIFIER, 2);

        assertThat(twice.ports(App.NOTIFIER)).hasSize(2).doesNotHaveDuplicates()
                .doesNotContain(App.NOTIFIER.defaultPort(), App.NOTIFIER.defaultPort() + 100);
        assertThatThrownBy(() -> twice.withInstances(App.SECTIGO_SANDBOX, 2))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
