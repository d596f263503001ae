package io.certflow.webhook.push;

import io.certflow.webhook.support.HostilePushes;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * 10,000 hostile pushes through what a push reaches before the database, in-process: the decoding of
 * the query or form and the validator. Each ends in a push to store or field errors (400), never an
 * exception (500), within a bound. {@code fuzz/PushFuzzTest} sends a sample of them over HTTP.
 */
class PushParsingFuzzTest {

    private static final Duration BOUND = Duration.ofSeconds(2);

    @Property(tries = 10_000, seed = "11")
    void shouldValidateOrNameErrorsWithinBoundWhenPushIsHostile(@ForAll("pushes") HostilePushes.Request push) {
        PushValidation validation = assertTimeoutPreemptively(BOUND,
                () -> PushValidator.validate(PushParameters.decode(push.form())));

        assertThat(validation.isValid() ? validation.push() != null : !validation.errors().isEmpty()).isTrue();
    }

    @Provide
    Arbitrary<HostilePushes.Request> pushes() {
        return Arbitraries.longs().map(HostilePushes::from);
    }
}
