package io.certflow.intake.limits;

import com.fasterxml.jackson.core.StreamReadConstraints;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.serde.jackson.SerdeJacksonConfiguration;
import jakarta.inject.Singleton;

/**
 * Sets Jackson's nesting limit before Micronaut Serde builds its parser factory. Serde offers no key
 * for {@link StreamReadConstraints} and builds the factory from Jackson's defaults when it creates
 * its mapper, which needs this configuration first: so the defaults are set when the configuration
 * is created. The defaults are the JVM's; every parser of the service gets the limit, which only
 * requests come near.
 */
@Singleton
class JsonNestingLimit implements BeanCreatedEventListener<SerdeJacksonConfiguration> {

    private final LimitsProperties limits;

    JsonNestingLimit(LimitsProperties limits) {
        this.limits = limits;
    }

    @Override
    public SerdeJacksonConfiguration onCreated(BeanCreatedEvent<SerdeJacksonConfiguration> event) {
        StreamReadConstraints.overrideDefaultStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxNestingDepth()).build());
        return event.getBean();
    }
}
