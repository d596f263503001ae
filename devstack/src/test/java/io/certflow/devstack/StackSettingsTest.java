package io.certflow.devstack;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

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
        assertThat(ephemeral.collectionPollInterval()).isLessThanOrEqualTo(local.collectionPollInterval());
        assertThat(ephemeral.expiryScanInterval()).isLessThanOrEqualTo(local.expiryScanInterval());
        assertThat(local.collectionSslGrace()).isLessThan(Duration.ofMinutes(1));
        assertThat(local.expiryScanInterval()).isLessThan(Duration.ofMinutes(1));
    }
}
