package io.certflow.messaging.security;

import io.micronaut.configuration.kafka.config.AbstractKafkaConfiguration;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;

/**
 * Gives micronaut-kafka's clients (listeners, producers, its health check's admin client) the
 * same security properties as the relay and dead-letter clients, as each of its configurations is
 * created and before any client is built from it.
 */
@Singleton
class KafkaClientSecurityApplier implements BeanCreatedEventListener<AbstractKafkaConfiguration<?, ?>> {

    private final KafkaClientSecurity security;

    KafkaClientSecurityApplier(KafkaClientSecurity security) {
        this.security = security;
    }

    @Override
    public AbstractKafkaConfiguration<?, ?> onCreated(BeanCreatedEvent<AbstractKafkaConfiguration<?, ?>> event) {
        AbstractKafkaConfiguration<?, ?> configuration = event.getBean();
        configuration.getConfig().putAll(security.clientProperties());
        return configuration;
    }
}
