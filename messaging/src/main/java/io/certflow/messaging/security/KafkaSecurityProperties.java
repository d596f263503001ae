package io.certflow.messaging.security;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * How every Kafka client of the service (micronaut-kafka's listeners and producers, the outbox
 * relay, the dead-letter producer and reader) authenticates the broker and itself, under
 * {@code certflow.kafka.security}. Blank settings are left out, so Kafka keeps its own defaults.
 *
 * @param protocol                        Kafka's {@code security.protocol}: PLAINTEXT, SSL, SASL_PLAINTEXT or SASL_SSL
 * @param truststoreLocation              {@code ssl.truststore.location}: the CA certificates the broker's certificate must chain to
 * @param truststorePassword              {@code ssl.truststore.password}
 * @param truststoreType                  {@code ssl.truststore.type}: PKCS12 or JKS
 * @param keystoreLocation                {@code ssl.keystore.location}: the client's own key, for brokers that demand client certificates
 * @param keystorePassword                {@code ssl.keystore.password}
 * @param keystoreType                    {@code ssl.keystore.type}
 * @param keyPassword                     {@code ssl.key.password}
 * @param endpointIdentificationAlgorithm {@code ssl.endpoint.identification.algorithm}: {@code https} checks the broker's host name
 * @param saslMechanism                   {@code sasl.mechanism}: PLAIN, SCRAM-SHA-256, SCRAM-SHA-512
 * @param saslJaasConfig                  {@code sasl.jaas.config}: the login module line with the client's credentials
 */
@ConfigurationProperties("certflow.kafka.security")
public record KafkaSecurityProperties(
        @Bindable(defaultValue = "PLAINTEXT") String protocol,
        @Nullable String truststoreLocation,
        @Nullable String truststorePassword,
        @Nullable String truststoreType,
        @Nullable String keystoreLocation,
        @Nullable String keystorePassword,
        @Nullable String keystoreType,
        @Nullable String keyPassword,
        @Bindable(defaultValue = "https") String endpointIdentificationAlgorithm,
        @Nullable String saslMechanism,
        @Nullable String saslJaasConfig) {

    private static final String HIDDEN = "[hidden]";

    /** The record's own toString would print every password and the JAAS line. */
    @Override
    public String toString() {
        return "KafkaSecurityProperties[protocol=" + protocol
                + ", truststoreLocation=" + truststoreLocation + ", truststorePassword=" + hidden(truststorePassword)
                + ", truststoreType=" + truststoreType
                + ", keystoreLocation=" + keystoreLocation + ", keystorePassword=" + hidden(keystorePassword)
                + ", keystoreType=" + keystoreType + ", keyPassword=" + hidden(keyPassword)
                + ", endpointIdentificationAlgorithm=" + endpointIdentificationAlgorithm
                + ", saslMechanism=" + saslMechanism + ", saslJaasConfig=" + hidden(saslJaasConfig) + "]";
    }

    private static String hidden(String secret) {
        return secret == null ? null : HIDDEN;
    }
}
