package io.certflow.messaging.security;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.types.Password;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class KafkaClientSecurityTest {

    private static final String JAAS = "org.apache.kafka.common.security.scram.ScramLoginModule required"
            + " username=\"svc\" password=\"jaas-secret-1\";";
    private static final KafkaSecurityProperties SASL_SSL = new KafkaSecurityProperties("SASL_SSL",
            "/etc/kafka/trust.p12", "trust-secret-2", "PKCS12", "/etc/kafka/key.p12", "key-store-secret-3", "PKCS12",
            "key-secret-4", "https", "SCRAM-SHA-512", JAAS);

    @Test
    void shouldPassEverySetSettingAndHideEverySecretWhenKafkaPrintsItsConfiguration() {
        Map<String, Object> client = new KafkaClientSecurity(SASL_SSL).clientProperties();

        assertThat(client).containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("ssl.truststore.location", "/etc/kafka/trust.p12")
                .containsEntry("sasl.mechanism", "SCRAM-SHA-512")
                .containsEntry("ssl.endpoint.identification.algorithm", "https");
        assertThat(client.get("sasl.jaas.config")).isEqualTo(new Password(JAAS));
        Map<String, Object> producer = new HashMap<>(client);
        producer.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:9093");
        producer.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        producer.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        String dump = new ProducerConfig(producer).values().toString();
        assertThat(dump).contains("SCRAM-SHA-512").doesNotContain("jaas-secret-1", "trust-secret-2",
                "key-store-secret-3", "key-secret-4");
    }

    @Test
    void shouldLeaveBlankSettingsOutWhenOnlyTheProtocolIsSet() {
        KafkaSecurityProperties plaintext = new KafkaSecurityProperties("PLAINTEXT", " ", "", null, null, null, null,
                null, "https", "", null);

        assertThat(new KafkaClientSecurity(plaintext).clientProperties()).containsOnlyKeys("security.protocol",
                "ssl.endpoint.identification.algorithm");
    }

    @Test
    void shouldNotShowAnySecretWhenThePropertiesArePrinted() {
        assertThat(SASL_SSL.toString()).contains("SASL_SSL", "/etc/kafka/trust.p12").doesNotContain("jaas-secret-1",
                "trust-secret-2", "key-store-secret-3", "key-secret-4");
    }
}
