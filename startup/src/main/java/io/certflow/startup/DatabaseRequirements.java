package io.certflow.startup;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** Every service that uses this module has a database, so its password is required everywhere. */
@Factory
final class DatabaseRequirements {

    @Singleton
    Requirement databasePassword() {
        return Requirement.secret("DATABASE_PASSWORD", "datasources.default.password");
    }
}
