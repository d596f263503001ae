package io.certflow.startup;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.env.Environment;
import io.micronaut.core.annotation.Order;
import io.micronaut.core.order.Ordered;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * Created with the context, before the other eager beans (the datasources and their Flyway
 * migrations): outside development it logs one line naming every setting at fault and stops the
 * start, so {@code Micronaut.run} exits non-zero before anything connects with a bad secret.
 */
@Context
@Order(Ordered.HIGHEST_PRECEDENCE)
public final class FailClosedCheck {

    private static final Logger LOG = LoggerFactory.getLogger(FailClosedCheck.class);

    FailClosedCheck(Environment environment, List<Requirement> requirements) {
        if (DevelopmentEnvironments.isDevelopment(environment.getActiveNames())) {
            return;
        }
        FailClosedRules.refusal(requirements, key -> environment.getProperty(key, String.class))
                .ifPresent(refusal -> {
                    LOG.error(refusal);
                    throw new FailClosedException(refusal);
                });
    }
}
