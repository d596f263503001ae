package io.certflow.messaging.security;

import io.certflow.startup.Requirement;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/**
 * A PLAINTEXT broker needs none of these, but a store password or JAAS line that is set must not
 * be one of the repository's development values (the JAAS line's {@code password="..."} option).
 */
@Factory
class KafkaSecurityRequirements {

    private static final String PREFIX = "certflow.kafka.security.";

    @Singleton
    Requirement truststorePassword() {
        return Requirement.optionalSecret("KAFKA_SSL_TRUSTSTORE_PASSWORD", PREFIX + "truststore-password");
    }

    @Singleton
    Requirement keystorePassword() {
        return Requirement.optionalSecret("KAFKA_SSL_KEYSTORE_PASSWORD", PREFIX + "keystore-password");
    }

    @Singleton
    Requirement keyPassword() {
        return Requirement.optionalSecret("KAFKA_SSL_KEY_PASSWORD", PREFIX + "key-password");
    }

    @Singleton
    Requirement saslJaasConfig() {
        return Requirement.optionalJaasConfig("KAFKA_SASL_JAAS_CONFIG", PREFIX + "sasl-jaas-config");
    }
}
