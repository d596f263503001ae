package io.certflow.testkit.kafka;

import io.certflow.testkit.tls.LocalhostCertificate;

import java.util.Map;

/**
 * The encrypted listeners of an {@link EmbeddedKafka} started with TLS: one for SSL clients and one
 * for SASL_SSL clients with mechanism PLAIN and the user {@link #saslUsername()}. Both present
 * {@link #certificate()}'s key; a client trusts its trust store.
 */
public record KafkaTls(String sslBootstrapServers, String saslSslBootstrapServers, LocalhostCertificate certificate,
                       String saslUsername, String saslPassword) {

    /** The JAAS line a SASL_SSL client logs in with. */
    public String clientJaasConfig() {
        return plainLogin(saslUsername, saslPassword);
    }

    /** Kafka client properties for the SSL listener, for raw clients a test builds itself. */
    public Map<String, Object> sslClientProperties() {
        return Map.of("bootstrap.servers", sslBootstrapServers,
                "security.protocol", "SSL",
                "ssl.truststore.location", certificate.trustStore().toString(),
                "ssl.truststore.password", certificate.password(),
                "ssl.truststore.type", "PKCS12");
    }

    static String plainLogin(String username, String password) {
        return "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"" + username
                + "\" password=\"" + password + "\";";
    }
}
