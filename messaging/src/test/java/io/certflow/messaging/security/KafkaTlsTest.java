package io.certflow.messaging.security;

import io.certflow.events.Topics;
import io.certflow.messaging.KafkaClients;
import io.certflow.messaging.outbox.Outbox;
import io.certflow.messaging.support.SideEffects;
import io.certflow.messaging.support.TestContext;
import io.certflow.messaging.support.TestEvent;
import io.certflow.testkit.support.ShutdownHooks;
import io.certflow.testkit.kafka.EmbeddedKafka;
import io.certflow.testkit.kafka.KafkaSettings;
import io.certflow.testkit.kafka.KafkaTls;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * A broker of its own whose only reachable listener for the service is SSL: the relay, a
 * micronaut-kafka listener and the dead-letter clients all have to use the configured TLS settings.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KafkaTlsTest implements TestPropertyProvider {

    static final String TOPIC = "messaging.test.tls.v1";
    private static final String DEAD_LETTERS = Topics.deadLetterOf(TOPIC);
    private static final String SASL_TOPIC = "messaging.test.sasl.v1";

    private EmbeddedKafka kafka;

    @Inject
    Outbox outbox;
    @Inject
    TransactionOperations<Connection> transactions;
    @Inject
    SideEffects sideEffects;

    @Override
    public Map<String, String> getProperties() {
        // Stopped after the test context, whose relay and listeners would otherwise meet a dead server.
        kafka = ShutdownHooks.closeOnExit(EmbeddedKafka.start(KafkaSettings.ephemeralWithTls()), "kafka with TLS");
        kafka.createTopics(1, TOPIC, DEAD_LETTERS, SASL_TOPIC);
        KafkaTls tls = tls();
        return TestContext.properties("messaging_kafka_tls", "test.listeners", "tls",
                "kafka.bootstrap.servers", tls.sslBootstrapServers(),
                "certflow.kafka.security.protocol", "SSL",
                "certflow.kafka.security.truststore-location", tls.certificate().trustStore().toString(),
                "certflow.kafka.security.truststore-password", tls.certificate().password(),
                "certflow.kafka.security.truststore-type", "PKCS12");
    }


    @Test
    void shouldRelayConsumeAndDeadLetterOverSslWhenTheClientsTrustTheBrokerCertificate() {
        TestEvent good = TestEvent.of(TOPIC, "k1", 1);
        TestEvent poison = TestEvent.of(TOPIC, "k1", 2).withNote("poison");

        transactions.executeWrite(status -> {
            outbox.append(good);
            outbox.append(poison);
            return null;
        });

        await().atMost(Duration.ofSeconds(30))
                .until(() -> sideEffects.eventIds(TlsListener.CONSUMER).contains(good.metadata().eventId()));
        List<ConsumerRecord<byte[], byte[]>> deadLetters = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> reader = sslReader()) {
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                reader.poll(Duration.ofMillis(200)).forEach(deadLetters::add);
                return !deadLetters.isEmpty();
            });
        }
        assertThat(new String(deadLetters.get(0).value(), StandardCharsets.UTF_8))
                .contains(poison.metadata().eventId().toString());
    }

    @Test
    void shouldNotConnectWhenAPlaintextClientCallsTheSslListener() {
        try (Admin plaintext = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, tls().sslBootstrapServers(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3_000, AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3_000))) {
            assertThatThrownBy(() -> plaintext.describeCluster(new DescribeClusterOptions().timeoutMs(3_000))
                    .clusterId().get(10, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class);
        }
    }

    @Test
    void shouldPublishOverSaslSslWhenTheJaasConfigHoldsTheRightPassword() throws Exception {
        try (KafkaProducer<String, byte[]> producer = saslClients(tls().clientJaasConfig())
                .reliableProducer("sasl-test", new StringSerializer(), new ByteArraySerializer())) {
            assertThat(producer.send(new ProducerRecord<>(SASL_TOPIC, "k", new byte[]{1})).get(30, TimeUnit.SECONDS)
                    .topic()).isEqualTo(SASL_TOPIC);
        }
    }

    @Test
    void shouldFailAuthenticationWhenTheJaasConfigHoldsAWrongPassword() {
        String wrong = tls().clientJaasConfig().replace(tls().saslPassword(), "not-the-password");
        try (KafkaProducer<String, byte[]> producer = saslClients(wrong)
                .reliableProducer("sasl-wrong-test", new StringSerializer(), new ByteArraySerializer())) {
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>(SASL_TOPIC, "k", new byte[]{1}))
                    .get(30, TimeUnit.SECONDS))
                    .hasRootCauseInstanceOf(SaslAuthenticationException.class);
        }
    }

    private KafkaClients saslClients(String jaasConfig) {
        KafkaSecurityProperties properties = new KafkaSecurityProperties("SASL_SSL",
                tls().certificate().trustStore().toString(), tls().certificate().password(), "PKCS12",
                null, null, null, null, "https", "PLAIN", jaasConfig);
        return new KafkaClients(tls().saslSslBootstrapServers(), new KafkaClientSecurity(properties));
    }

    private KafkaTls tls() {
        return kafka.tls().orElseThrow();
    }

    private KafkaConsumer<byte[], byte[]> sslReader() {
        Map<String, Object> config = new HashMap<>(tls().sslClientProperties());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        KafkaConsumer<byte[], byte[]> reader = new KafkaConsumer<>(config, new ByteArrayDeserializer(),
                new ByteArrayDeserializer());
        TopicPartition partition = new TopicPartition(DEAD_LETTERS, 0);
        reader.assign(List.of(partition));
        reader.seekToBeginning(List.of(partition));
        return reader;
    }
}
