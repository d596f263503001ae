package io.certflow.messaging.security;

import jakarta.inject.Singleton;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.config.SslConfigs;
import org.apache.kafka.common.config.types.Password;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one place that turns {@link KafkaSecurityProperties} into Kafka client properties. Secrets
 * go in as {@link Password}, which Kafka's own configuration dump prints as {@code [hidden]}.
 */
@Singleton
public class KafkaClientSecurity {

    private final Map<String, Object> clientProperties;

    public KafkaClientSecurity(KafkaSecurityProperties properties) {
        this.clientProperties = Map.copyOf(toClientProperties(properties));
    }

    /** The security properties every client of this service gets; blank settings are absent. */
    public Map<String, Object> clientProperties() {
        return clientProperties;
    }

    private static Map<String, Object> toClientProperties(KafkaSecurityProperties p) {
        Map<String, Object> config = new LinkedHashMap<>();
        put(config, CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, p.protocol());
        put(config, SslConfigs.SSL_TRUSTSTORE_LOCATION_CONFIG, p.truststoreLocation());
        putSecret(config, SslConfigs.SSL_TRUSTSTORE_PASSWORD_CONFIG, p.truststorePassword());
        put(config, SslConfigs.SSL_TRUSTSTORE_TYPE_CONFIG, p.truststoreType());
        put(config, SslConfigs.SSL_KEYSTORE_LOCATION_CONFIG, p.keystoreLocation());
        putSecret(config, SslConfigs.SSL_KEYSTORE_PASSWORD_CONFIG, p.keystorePassword());
        put(config, SslConfigs.SSL_KEYSTORE_TYPE_CONFIG, p.keystoreType());
        putSecret(config, SslConfigs.SSL_KEY_PASSWORD_CONFIG, p.keyPassword());
        // Not left out when blank: an empty value is Kafka's way to switch the host name check off.
        config.put(SslConfigs.SSL_ENDPOINT_IDENTIFICATION_ALGORITHM_CONFIG,
                p.endpointIdentificationAlgorithm() == null ? "" : p.endpointIdentificationAlgorithm().trim());
        put(config, SaslConfigs.SASL_MECHANISM, p.saslMechanism());
        putSecret(config, SaslConfigs.SASL_JAAS_CONFIG, p.saslJaasConfig());
        return config;
    }

    private static void put(Map<String, Object> config, String key, String value) {
        if (value != null && !value.isBlank()) {
            config.put(key, value.trim());
        }
    }

    private static void putSecret(Map<String, Object> config, String key, String value) {
        if (value != null && !value.isBlank()) {
            config.put(key, new Password(value));
        }
    }
}
