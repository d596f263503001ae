package io.certflow.messaging.database;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;

/**
 * Hands {@link DatabaseSslProperties} to the PostgreSQL driver of every datasource as connection
 * properties, before its pool (and Flyway) connects. Properties, not URL text: a
 * {@code DATABASE_URL} that carries its own {@code ?...} keeps working, and its own
 * {@code sslmode} wins, as the driver reads the URL last.
 */
@Singleton
class DatabaseSslApplier implements BeanCreatedEventListener<DatasourceConfiguration> {

    private final DatabaseSslProperties ssl;

    DatabaseSslApplier(DatabaseSslProperties ssl) {
        this.ssl = ssl;
    }

    @Override
    public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
        DatasourceConfiguration datasource = event.getBean();
        datasource.addDataSourceProperty("sslmode", ssl.mode());
        if (ssl.rootCert() != null && !ssl.rootCert().isBlank()) {
            datasource.addDataSourceProperty("sslrootcert", ssl.rootCert().trim());
        }
        return datasource;
    }
}
