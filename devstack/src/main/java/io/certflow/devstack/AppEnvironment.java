package io.certflow.devstack;

import io.certflow.testkit.PostgresServer;
import io.certflow.testkit.SmtpServer;
import io.certflow.testkit.auth.TokenIssuer;

import java.util.HashMap;
import java.util.Map;

/**
 * The environment variables of each application, named as in its {@code application.yml}: every app
 * is configured as it would be in production, only through its environment.
 */
final class AppEnvironment {

    private final StackSettings settings;
    private final PostgresServer postgres;
    private final String kafkaBootstrapServers;
    private final SmtpServer smtp;
    private final TokenIssuer issuer;

    AppEnvironment(StackSettings settings, PostgresServer postgres, String kafkaBootstrapServers, SmtpServer smtp,
                   TokenIssuer issuer) {
        this.settings = settings;
        this.postgres = postgres;
        this.kafkaBootstrapServers = kafkaBootstrapServers;
        this.smtp = smtp;
        this.issuer = issuer;
    }

    /** The variables of {@code app}'s first instance. */
    Map<String, String> of(App app) {
        return of(app, settings.port(app));
    }

    /** The variables of {@code app}'s instance on {@code port}, with the settings' additions last. */
    Map<String, String> of(App app, int port) {
        Map<String, String> env = new HashMap<>(app == App.SECTIGO_SANDBOX ? sandbox() : service(app, port));
        env.putAll(settings.appEnvironment().getOrDefault(app, Map.of()));
        return env;
    }

    private Map<String, String> service(App app, int port) {
        Map<String, String> env = new HashMap<>();
        env.put("SERVER_PORT", String.valueOf(port));
        env.put("DATABASE_URL", postgres.jdbcUrl(app.database()));
        env.put("DATABASE_USER", postgres.username());
        env.put("DATABASE_PASSWORD", postgres.password());
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrapServers);
        switch (app) {
            case ORDER_INTAKE -> env.putAll(tokenChecks());
            case SECTIGO_GATEWAY -> env.putAll(gateway());
            case WEBHOOK_RECEIVER -> env.putAll(webhookReceiver());
            case CERT_STORE -> env.putAll(certStore());
            case NOTIFIER -> env.putAll(notifier());
            default -> { }
        }
        return env;
    }

    /** One sandbox, pushing to the first webhook-receiver instance, as Sectigo pushes to one URL. */
    private Map<String, String> sandbox() {
        return Map.of(
                "SANDBOX_PUSH_URL", url(App.WEBHOOK_RECEIVER) + "/sectigo/push",
                "SANDBOX_PUSH_USERNAME", settings.pushUsername(),
                "SANDBOX_PUSH_PASSWORD", settings.pushPassword(),
                "SANDBOX_AUTO_VALIDATE", "true",
                "SANDBOX_VALIDATION_DELAY", timings().validationDelay().toMillis() + "ms",
                // As with Sectigo: an OV/EV order waits until the customer follows the callback link.
                "SANDBOX_MANUAL_CALLBACK", "true",
                // Sectigo pushes S/MIME status changes too (since 2023); tests switch it off to see collection.
                "SANDBOX_SMIME_PUSH", "true",
                "SANDBOX_CA_DIR", settings.stateDir().resolve("sandbox-ca").toString());
    }

    private Map<String, String> gateway() {
        if (!settings.usesSandbox()) {
            // A real Sectigo keeps the gateway's defaults: CollectSSL at most every 3 hours, as Sectigo asks.
            ExternalSectigo sectigo = settings.sectigo();
            Map<String, String> env = new HashMap<>();
            env.put("SECTIGO_BASE_URL", sectigo.baseUrl());
            putIfPresent(env, "SECTIGO_LOGIN_NAME", sectigo.loginName());
            putIfPresent(env, "SECTIGO_LOGIN_PASSWORD", sectigo.loginPassword());
            return env;
        }
        return Map.of(
                "SECTIGO_BASE_URL", url(App.SECTIGO_SANDBOX),
                "SECTIGO_LOGIN_NAME", "certflow-reseller",
                "SECTIGO_LOGIN_PASSWORD", "sandbox-secret",
                // !PlaceOrder as a reseller: each S/MIME order is authorized (and paid) with !AutoAuthorize.
                "SECTIGO_RESELLER_BRAND", "certflow-devstack",
                "SECTIGO_SMIME_RESELLER", "true",
                "SECTIGO_SMIME_CONTACT_EMAIL", "smime-orders@certflow.local",
                "COLLECTION_INTERVAL", timings().collectionInterval().toString(),
                "COLLECTION_SSL_GRACE", timings().collectionSslGrace().toString());
    }

    private Map<String, String> webhookReceiver() {
        Map<String, String> env = new HashMap<>(Map.of(
                "PUSH_USERNAME", settings.pushUsername(),
                "PUSH_PASSWORD", settings.pushPassword(),
                // The sandbox pushes from this machine; Sectigo's own address stays allowed for a real one.
                "PUSH_ALLOWED_IPS", "127.0.0.1,::1,91.199.212.132"));
        if (settings.usesSandbox()) {
            // The callback / click-through link in an email then opens the sandbox's page, not Sectigo's.
            env.put("SECTIGO_WEB_BASE_URL", publicUrl(App.SECTIGO_SANDBOX));
        }
        return env;
    }

    /** The services with an API trust the stack's token issuer, as they would a deployment's OIDC provider. */
    private Map<String, String> tokenChecks() {
        return Map.of("AUTH_ISSUER", issuer.issuer(), "AUTH_JWKS_URL", issuer.jwksUrl());
    }

    private Map<String, String> certStore() {
        Map<String, String> env = new HashMap<>(tokenChecks());
        env.put("EXPIRY_SCAN_INTERVAL", timings().expiryScanInterval().toString());
        // With a real Sectigo, cert-store keeps its own trust anchors (or the caller's TRUST_ANCHOR_URL).
        if (settings.usesSandbox()) {
            env.put("TRUST_ANCHOR_URL", url(App.SECTIGO_SANDBOX) + "/sandbox/ca/root.pem");
        }
        return env;
    }

    private Map<String, String> notifier() {
        return Map.of(
                "SMTP_HOST", smtp.host(),
                "SMTP_PORT", String.valueOf(smtp.port()),
                // The download link in the "issued" email.
                "CERT_STORE_PUBLIC_URL", publicUrl(App.CERT_STORE));
    }

    private StackTimings timings() {
        return settings.timings();
    }

    /** Where an application calls another. */
    private String url(App app) {
        return "http://127.0.0.1:" + settings.port(app);
    }

    /** Where a person on this machine opens a link from an email. */
    private String publicUrl(App app) {
        return "http://localhost:" + settings.port(app);
    }

    private static void putIfPresent(Map<String, String> env, String name, String value) {
        if (value != null) {
            env.put(name, value);
        }
    }
}
