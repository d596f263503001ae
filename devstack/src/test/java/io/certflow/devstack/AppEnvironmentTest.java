package io.certflow.devstack;

import io.certflow.testkit.PostgresServer;
import io.certflow.testkit.ReceivedMail;
import io.certflow.testkit.SmtpServer;
import io.certflow.testkit.auth.TokenIssuer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The wiring between the apps: who calls whom, with which credentials. */
class AppEnvironmentTest {

    private static final StackSettings LOCAL = StackSettings.local(Path.of("/work"), Map.of());
    private static final TokenIssuer ISSUER = TokenIssuer.start(0);

    @AfterAll
    static void stopIssuer() {
        ISSUER.close();
    }

    @Test
    void shouldLetOnlyTheServicesWithAnApiTrustTheStacksIssuerWhenTheyStart() {
        for (App app : List.of(App.ORDER_INTAKE, App.CERT_STORE)) {
            assertThat(environment(LOCAL).of(app)).containsEntry("AUTH_ISSUER", ISSUER.issuer())
                    .containsEntry("AUTH_JWKS_URL", ISSUER.jwksUrl());
        }
        for (App app : List.of(App.SECTIGO_GATEWAY, App.WEBHOOK_RECEIVER, App.NOTIFIER, App.SECTIGO_SANDBOX)) {
            assertThat(environment(LOCAL).of(app)).doesNotContainKeys("AUTH_ISSUER", "AUTH_JWKS_URL");
        }
    }

    @Test
    void shouldPointSandboxPushesAtWebhookReceiverWithItsCredentials() {
        Map<String, String> sandbox = environment(LOCAL).of(App.SECTIGO_SANDBOX);
        Map<String, String> webhook = environment(LOCAL).of(App.WEBHOOK_RECEIVER);

        assertThat(sandbox).containsEntry("SANDBOX_PUSH_URL", "http://127.0.0.1:8083/sectigo/push")
                .containsEntry("SANDBOX_PUSH_USERNAME", webhook.get("PUSH_USERNAME"))
                .containsEntry("SANDBOX_PUSH_PASSWORD", webhook.get("PUSH_PASSWORD"))
                .containsEntry("SANDBOX_VALIDATION_DELAY", "2000ms")
                .containsEntry("SANDBOX_CA_DIR", Path.of("/work/.devstack/sandbox-ca").toString());
        assertThat(webhook.get("PUSH_ALLOWED_IPS")).contains("127.0.0.1");
    }

    @Test
    void shouldGiveEachServiceItsOwnDatabaseAndTheSharedBroker() {
        for (App service : App.services()) {
            Map<String, String> env = environment(LOCAL).of(service);

            assertThat(env).containsEntry("DATABASE_URL", "jdbc:postgresql://localhost:5432/" + service.database())
                    .containsEntry("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092")
                    .containsEntry("SERVER_PORT", String.valueOf(service.defaultPort()));
        }
    }

    @Test
    void shouldWireGatewayToSandboxAndCertStoreToSandboxRootWhenNoSectigoIsGiven() {
        assertThat(environment(LOCAL).of(App.SECTIGO_GATEWAY))
                .containsEntry("SECTIGO_BASE_URL", "http://127.0.0.1:8090");
        assertThat(environment(LOCAL).of(App.CERT_STORE))
                .containsEntry("TRUST_ANCHOR_URL", "http://127.0.0.1:8090/sandbox/ca/root.pem");
        assertThat(environment(LOCAL).of(App.NOTIFIER)).containsEntry("SMTP_HOST", "127.0.0.1")
                .containsEntry("SMTP_PORT", "2525");
    }

    @Test
    void shouldLinkEmailsToSandboxPagesAndLetOvEvOrdersWaitForCustomerWhenSandboxIsUsed() {
        assertThat(environment(LOCAL).of(App.WEBHOOK_RECEIVER))
                .containsEntry("SECTIGO_WEB_BASE_URL", "http://localhost:8090");
        assertThat(environment(LOCAL).of(App.SECTIGO_SANDBOX))
                .containsEntry("SANDBOX_MANUAL_CALLBACK", "true")
                .containsEntry("SANDBOX_SMIME_PUSH", "true");
    }

    @Test
    void shouldCollectAndScanForExpiryWithinSecondsWhenSandboxIsUsed() {
        Map<String, String> gateway = environment(LOCAL).of(App.SECTIGO_GATEWAY);
        Map<String, String> certStore = environment(LOCAL).of(App.CERT_STORE);

        assertThat(gateway).containsEntry("COLLECTION_INTERVAL", "PT10S")
                .containsEntry("COLLECTION_SSL_GRACE", "PT15S")
                .containsEntry("SECTIGO_SMIME_RESELLER", "true")
                .containsKeys("SECTIGO_RESELLER_BRAND", "SECTIGO_SMIME_CONTACT_EMAIL");
        assertThat(certStore).containsEntry("EXPIRY_SCAN_INTERVAL", "PT5S")
                // the default thresholds: only short-lived certificates get a reminder in a local run
                .doesNotContainKey("EXPIRY_THRESHOLDS_DAYS");
    }

    @Test
    void shouldPassSectigoThroughWhenSectigoBaseUrlIsSet() {
        StackSettings external = StackSettings.local(Path.of("/work"), Map.of("SECTIGO_BASE_URL",
                "https://sectigo.test", "SECTIGO_LOGIN_NAME", "reseller", "SECTIGO_LOGIN_PASSWORD", "pw"));

        assertThat(environment(external).of(App.SECTIGO_GATEWAY))
                .containsEntry("SECTIGO_BASE_URL", "https://sectigo.test")
                .containsEntry("SECTIGO_LOGIN_NAME", "reseller")
                .containsEntry("SECTIGO_LOGIN_PASSWORD", "pw");
        assertThat(environment(external).of(App.CERT_STORE)).doesNotContainKey("TRUST_ANCHOR_URL");
    }

    @Test
    void shouldKeepGatewayCollectionPaceAndSectigoLinksWhenRealSectigoIsUsed() {
        StackSettings external = StackSettings.local(Path.of("/work"), Map.of("SECTIGO_BASE_URL",
                "https://sectigo.test"));

        // Sectigo asks for CollectSSL no more often than every 3 hours: the gateway's defaults stay.
        assertThat(environment(external).of(App.SECTIGO_GATEWAY)).doesNotContainKeys("COLLECTION_INTERVAL",
                "COLLECTION_SSL_GRACE", "SECTIGO_SMIME_RESELLER", "SECTIGO_RESELLER_BRAND",
                "SECTIGO_SMIME_CONTACT_EMAIL");
        assertThat(environment(external).of(App.WEBHOOK_RECEIVER)).doesNotContainKey("SECTIGO_WEB_BASE_URL");
    }

    private static AppEnvironment environment(StackSettings settings) {
        return new AppEnvironment(settings, new FixedPostgres(), "127.0.0.1:9092", new FixedSmtp(), ISSUER);
    }

    /** Hands out URLs only; nothing here talks to a database. */
    private record FixedPostgres() implements PostgresServer {
        @Override
        public String jdbcUrl(String database) {
            return "jdbc:postgresql://localhost:5432/" + database;
        }

        @Override
        public String username() {
            return "postgres";
        }

        @Override
        public String password() {
            return "postgres";
        }
    }

    @Test
    void shouldGiveEachInstanceItsPortAndPushToTheFirstReceiverWhenServicesRunTwice() {
        StackSettings twice = StackSettings.local(Path.of("/work"), Map.of("DEVSTACK_INSTANCES",
                "webhook-receiver=2,sectigo-gateway=2"));

        assertThat(environment(twice).of(App.WEBHOOK_RECEIVER, 8183)).containsEntry("SERVER_PORT", "8183");
        assertThat(environment(twice).of(App.SECTIGO_GATEWAY, 8182)).containsEntry("SERVER_PORT", "8182")
                .containsEntry("SECTIGO_BASE_URL", "http://127.0.0.1:8090");
        assertThat(environment(twice).of(App.SECTIGO_SANDBOX))
                .containsEntry("SANDBOX_PUSH_URL", "http://127.0.0.1:8083/sectigo/push");
    }

    @Test
    void shouldLetTheSettingsOverrideAnApplicationsVariablesWhenATestAsks() {
        StackSettings limited = LOCAL.withAppEnvironment(App.SECTIGO_GATEWAY, Map.of("SECTIGO_CALLS_PER_SECOND", "4",
                "COLLECTION_INTERVAL", "PT1M"));

        assertThat(environment(limited).of(App.SECTIGO_GATEWAY)).containsEntry("SECTIGO_CALLS_PER_SECOND", "4")
                .containsEntry("COLLECTION_INTERVAL", "PT1M");
        assertThat(environment(limited).of(App.CERT_STORE)).doesNotContainKey("SECTIGO_CALLS_PER_SECOND");
    }

    private record FixedSmtp() implements SmtpServer {
        @Override
        public String host() {
            return "127.0.0.1";
        }

        @Override
        public int port() {
            return 2525;
        }

        @Override
        public List<ReceivedMail> received() {
            return List.of();
        }

        @Override
        public void reset() {
        }
    }
}
