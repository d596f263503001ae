package io.certflow.messaging;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import java.time.Clock;

/**
 * The one {@link Clock} of every service: time comes from a bean so that tests can pin it
 * ({@code @MockBean(Clock.class)} or {@code @Replaces}). It lives here because every service
 * depends on messaging.
 */
@Factory
public class ClockFactory {

    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
