package io.certflow.startup;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/**
 * Every service that uses this module serves HTTP. Plain HTTP needs no key store, so its password
 * may be unset, but a set one must not be a development default.
 */
@Factory
final class ServerRequirements {

    @Singleton
    Requirement keyStorePassword() {
        return Requirement.optionalSecret("SERVER_SSL_KEY_STORE_PASSWORD", "micronaut.server.ssl.key-store.password");
    }
}
