package io.certflow.messaging.outbox;

import io.certflow.messaging.KafkaClients;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.jdbc.DataSourceResolver;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import javax.sql.DataSource;
import java.util.UUID;

/**
 * Runs the service's outbox relay from application start to shutdown, on the {@code default}
 * datasource (the one Flyway migrates with {@code classpath:db/messaging}).
 */
@Singleton
@Requires(property = "certflow.outbox.enabled", notEquals = "false")
public class OutboxRelayRunner implements ApplicationEventListener<StartupEvent> {

    private final OutboxRelay relay;

    public OutboxRelayRunner(OutboxProperties properties, DataSource dataSource, DataSourceResolver resolver,
                             KafkaClients kafka, OutboxSignal signal) {
        // The relay manages its own connections and transactions, outside any application
        // transaction, so it uses the pool itself rather than the transaction-aware proxy.
        String clientId = "outbox-relay-" + UUID.randomUUID();
        this.relay = new OutboxRelay(properties, resolver.resolve(dataSource), signal,
                () -> kafka.reliableProducer(clientId, new StringSerializer(), new ByteArraySerializer()));
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        relay.start();
    }

    @PreDestroy
    public void stop() {
        relay.stop();
    }
}
