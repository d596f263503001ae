package io.certflow.testkit.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * server.properties for a single KRaft node that is both broker and controller; with {@code tls}
 * (null without) it adds the SSL and SASL_SSL listeners next to PLAINTEXT.
 */
record BrokerConfig(int port, int controllerPort, Path logDirs, KafkaTls tls) {

    static final String HOST = "127.0.0.1";
    /** The broker's own SASL identity; no broker talks to another here, but PLAIN wants one. */
    private static final String BROKER_USER = "broker";

    String bootstrapServers() {
        return HOST + ":" + port;
    }

    Path writeTo(Path runDir) {
        Path file = runDir.resolve("server.properties");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            toProperties().store(out, "certflow testkit: one KRaft node");
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private Properties toProperties() {
        Properties p = new Properties();
        p.setProperty("process.roles", "broker,controller");
        p.setProperty("node.id", "1");
        // A static voter set: formatting needs only a cluster id, no --standalone / dynamic quorum.
        p.setProperty("controller.quorum.voters", "1@" + HOST + ":" + controllerPort);
        p.setProperty("controller.listener.names", "CONTROLLER");
        p.setProperty("listeners", clientListeners() + ",CONTROLLER://" + HOST + ":" + controllerPort);
        p.setProperty("advertised.listeners", clientListeners());
        p.setProperty("inter.broker.listener.name", "PLAINTEXT");
        p.setProperty("listener.security.protocol.map",
                "PLAINTEXT:PLAINTEXT,SSL:SSL,SASL_SSL:SASL_SSL,CONTROLLER:PLAINTEXT");
        p.setProperty("log.dirs", logDirs.toAbsolutePath().toString());
        p.setProperty("offsets.topic.replication.factor", "1");
        // 50 by default: creating them slows the first consumer group join by seconds.
        p.setProperty("offsets.topic.num.partitions", "3");
        p.setProperty("transaction.state.log.replication.factor", "1");
        p.setProperty("transaction.state.log.min.isr", "1");
        p.setProperty("share.coordinator.state.topic.replication.factor", "1");
        p.setProperty("share.coordinator.state.topic.min.isr", "1");
        p.setProperty("group.initial.rebalance.delay.ms", "0");
        p.setProperty("auto.create.topics.enable", "true");
        // Several partitions by default so tests meet ordering and rebalance questions early.
        p.setProperty("num.partitions", "3");
        if (tls != null) {
            addTls(p);
        }
        return p;
    }

    private String clientListeners() {
        String plaintext = "PLAINTEXT://" + bootstrapServers();
        return tls == null ? plaintext
                : plaintext + ",SSL://" + tls.sslBootstrapServers() + ",SASL_SSL://" + tls.saslSslBootstrapServers();
    }

    private void addTls(Properties p) {
        p.setProperty("ssl.keystore.location", tls.certificate().keyStore().toAbsolutePath().toString());
        p.setProperty("ssl.keystore.password", tls.certificate().password());
        p.setProperty("ssl.key.password", tls.certificate().password());
        p.setProperty("ssl.keystore.type", "PKCS12");
        p.setProperty("sasl.enabled.mechanisms", "PLAIN");
        // The user_<name>="<password>" options are PLAIN's list of the accounts the broker accepts.
        p.setProperty("listener.name.sasl_ssl.plain.sasl.jaas.config",
                "org.apache.kafka.common.security.plain.PlainLoginModule required"
                        + " username=\"" + BROKER_USER + "\" password=\"" + tls.saslPassword() + "\""
                        + " user_" + BROKER_USER + "=\"" + tls.saslPassword() + "\""
                        + " user_" + tls.saslUsername() + "=\"" + tls.saslPassword() + "\";");
    }
}
